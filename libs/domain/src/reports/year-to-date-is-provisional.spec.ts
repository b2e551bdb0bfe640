import { londonDate } from '../calendar/london';
import { provisionalNotice, reportingPeriod, reportingPeriodLabel, reportingPeriodTitle, reportingYearsOffered, samePeriodYearBefore } from './reporting-year';

describe('the current reporting year can be reported to date, marked provisional', () => {
  it('on 31 March 2026 (London) the year to date is 2025, then the complete years 2024 back', () => {
    // British Summer Time began on 29 March 2026: 22:30 UTC on 31 March is 23:30 BST, still 31 March in London.
    expect(londonDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-03-31');
    expect(reportingYearsOffered(londonDate(new Date('2026-03-31T22:30:00Z')), 2)).toEqual([
      { year: 2025, provisional: true, label: '2025 to 2026 (year to date, provisional)' },
      { year: 2024, provisional: false, label: '1 April 2024 to 31 March 2025' },
      { year: 2023, provisional: false, label: '1 April 2023 to 31 March 2024' },
    ]);
  });

  it('from the first minute of 1 April 2026 in London, 2026 is to date and 2025 is complete', () => {
    // 23:00 UTC on 31 March is midnight BST: 1 April in London, though still 31 March in UTC.
    expect(londonDate(new Date('2026-03-31T23:00:00Z'))).toBe('2026-04-01');
    expect(reportingYearsOffered(londonDate(new Date('2026-03-31T23:00:00Z')), 1)).toEqual([
      { year: 2026, provisional: true, label: '2026 to 2027 (year to date, provisional)' },
      { year: 2025, provisional: false, label: '1 April 2025 to 31 March 2026' },
    ]);
  });

  it('offers five complete years by default, and none before 2015', () => {
    expect(reportingYearsOffered('2026-12-01').map((y) => y.year)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(reportingYearsOffered('2016-05-01').map((y) => y.year)).toEqual([2016, 2015]);
  });

  it('a year to date runs from 1 April to today; a year that is over runs to 31 March', () => {
    expect(reportingPeriod(2026, '2026-12-01')).toEqual({ year: 2026, from: '2026-04-01', to: '2026-12-01', provisional: true });
    expect(reportingPeriod(2025, '2026-03-31')).toEqual({ year: 2025, from: '2025-04-01', to: '2026-03-31', provisional: true });
    expect(reportingPeriod(2025, '2026-04-01')).toEqual({ year: 2025, from: '2025-04-01', to: '2026-03-31', provisional: false });
    expect(reportingPeriod(2026, '2026-04-01')).toEqual({ year: 2026, from: '2026-04-01', to: '2026-04-01', provisional: true });
  });

  it('is compared with the same days a year before, and says so in words', () => {
    const ytd = reportingPeriod(2026, '2026-12-01');
    expect(samePeriodYearBefore(ytd)).toEqual({ year: 2025, from: '2025-04-01', to: '2025-12-01', provisional: true });
    expect(samePeriodYearBefore(reportingPeriod(2027, '2028-02-29')).to).toBe('2027-02-28');
    expect(samePeriodYearBefore(reportingPeriod(2025, '2026-12-01'))).toEqual({ year: 2024, from: '2024-04-01', to: '2025-03-31', provisional: false });
    expect(reportingPeriodLabel(ytd)).toBe('1 April 2026 to 1 December 2026');
    expect(provisionalNotice(ytd)).toBe('Provisional: 1 April 2026 to 1 December 2026');
    expect([reportingPeriodTitle(ytd), reportingPeriodTitle(reportingPeriod(2025, '2026-12-01'))]).toEqual([
      '1 April 2026 to 1 December 2026 (year to date, provisional)',
      '1 April 2025 to 31 March 2026',
    ]);
  });
});
