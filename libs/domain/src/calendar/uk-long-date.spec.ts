import { ukLongDate, ukLongMonth } from './iso-date';

describe('ukLongDate writes dates as GOV.UK does', () => {
  it.each([
    ['2025-06-17', '17 June 2025'],
    ['2026-12-03', '3 December 2026'],
    ['2024-02-29', '29 February 2024'],
    ['2000-01-01', '1 January 2000'],
    ['2025-07-21T23:30:00Z', '21 July 2025'],
  ])('%s → %s', (value, written) => {
    expect(ukLongDate(value)).toBe(written);
  });

  it.each([
    ['2025-01', 'January 2025'],
    ['2026-12', 'December 2026'],
    ['2025-13', '2025-13'],
  ])('the month %s → %s', (value, written) => {
    expect(ukLongMonth(value)).toBe(written);
  });

  it.each(['3 March', '', '2025-13-01'])('returns %j, which is not a date, as it was', (value) => {
    expect(ukLongDate(value)).toBe(value);
  });
});
