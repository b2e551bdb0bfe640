import { latestReportingYear, reportingYearFirstDay, reportingYearLabel, reportingYearLastDay, reportingYearOf } from './reporting-year';

describe('a reporting year runs from 1 April to 31 March and is named by the year it starts', () => {
  it.each([
    ['2025-04-01', 2025],
    ['2026-03-31', 2025],
    ['2026-01-15', 2025],
    ['2025-03-31', 2024],
    ['2024-12-31', 2024],
  ])('%s falls in %i', (date, year) => {
    expect(reportingYearOf(date)).toBe(year);
  });

  it('has a first day, a last day and a label', () => {
    expect([reportingYearFirstDay(2025), reportingYearLastDay(2025), reportingYearLabel(2025)]).toEqual([
      '2025-04-01',
      '2026-03-31',
      '1 April 2025 to 31 March 2026',
    ]);
  });

  it('its days are the days that fall in it', () => {
    expect(reportingYearOf(reportingYearFirstDay(2019))).toBe(2019);
    expect(reportingYearOf(reportingYearLastDay(2019))).toBe(2019);
  });

  it('the latest year a report may be asked for is the one today falls in', () => {
    expect([latestReportingYear('2026-03-31'), latestReportingYear('2026-04-01')]).toEqual([2025, 2026]);
  });

  it('refuses a date that is not real', () => {
    expect(() => reportingYearOf('2025-02-30')).toThrow();
  });
});
