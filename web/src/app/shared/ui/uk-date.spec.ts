import { ukDate, ukDateOfInstant } from './uk-date';

describe('dates are written as GOV.UK writes them', () => {
  it.each([
    ['2025-01-21', '21 January 2025'],
    ['2024-12-01', '1 December 2024'],
    ['2025-03-31T10:00:00Z', '31 March 2025'],
    [null, ''],
    [undefined, ''],
    ['soon', 'soon'],
  ])('%p → %p', (value, expected) => {
    expect(ukDate(value)).toBe(expected);
  });

  it.each([
    ['2025-01-21T23:30:00Z', '21 January 2025'],
    ['2025-07-21T23:30:00Z', '22 July 2025'],
    ['not a date', 'not a date'],
  ])('the instant %s was %s in London', (value, expected) => {
    expect(ukDateOfInstant(value)).toBe(expected);
  });
});
