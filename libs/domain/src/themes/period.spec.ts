import { liveThemesPeriod } from './period';

describe('the period live themes count', () => {
  it('is the reporting year to date by default, against the same days a year before', () => {
    expect(liveThemesPeriod('2026-12-02', null, null)).toEqual({
      ok: true,
      from: '2026-04-01',
      to: '2026-12-02',
      lastFrom: '2025-04-01',
      lastTo: '2025-12-02',
    });
  });

  it('covers a full reporting year like the annual report, and 29 February becomes 28 February', () => {
    expect(liveThemesPeriod('2026-12-02', '2025-04-01', '2026-03-31')).toEqual({
      ok: true,
      from: '2025-04-01',
      to: '2026-03-31',
      lastFrom: '2024-04-01',
      lastTo: '2025-03-31',
    });
    expect(liveThemesPeriod('2028-03-01', '2027-04-01', '2028-02-29')).toEqual({
      ok: true,
      from: '2027-04-01',
      to: '2028-02-29',
      lastFrom: '2026-04-01',
      lastTo: '2027-02-28',
    });
  });

  it('refuses a future end, a start after the end, and more than a year, naming the field', () => {
    expect(liveThemesPeriod('2026-12-02', null, '2026-12-03')).toEqual({ ok: false, field: 'toOn', message: 'The end date cannot be in the future.' });
    expect(liveThemesPeriod('2026-12-02', '2026-11-02', '2026-11-01')).toEqual({
      ok: false,
      field: 'fromOn',
      message: 'The start date must be on or before the end date.',
    });
    expect(liveThemesPeriod('2026-12-02', '2025-04-01', '2026-04-01')).toEqual({
      ok: false,
      field: 'fromOn',
      message: 'The period can be at most a year long.',
    });
  });
});
