import { toDayNumber, type IsoDate } from '../calendar/iso-date';
import { ukLongDate } from '../calendar/iso-date';

/**
 * A reporting year runs from 1 April to 31 March and is named by the year it starts in: 2025 is
 * 1 April 2025 to 31 March 2026 (the financial year the DfE's looked-after statistics use).
 */
export const REPORTING_YEAR_FIRST_MONTH = 4;

/** The first year Heard reports on. */
export const FIRST_REPORTING_YEAR = 2015;

/** The reporting year a date falls in. */
export function reportingYearOf(date: IsoDate): number {
  toDayNumber(date);
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= REPORTING_YEAR_FIRST_MONTH ? year : year - 1;
}

/** 1 April of the reporting year. */
export function reportingYearFirstDay(year: number): IsoDate {
  return `${year}-04-01`;
}

/** 31 March of the year after. */
export function reportingYearLastDay(year: number): IsoDate {
  return `${year + 1}-03-31`;
}

/** "1 April 2025 to 31 March 2026". */
export function reportingYearLabel(year: number): string {
  return `1 April ${year} to 31 March ${year + 1}`;
}

/** The latest reporting year that has begun on `today` (the current one), which is the latest a report may be generated for. */
export function latestReportingYear(today: IsoDate): number {
  return reportingYearOf(today);
}

/**
 * What a report counts: the whole reporting year once it is over, or, for the year `today` falls in, 1 April to
 * `today` — the year to date, provisional because its figures will still change.
 */
export interface ReportingPeriod {
  year: number;
  from: IsoDate;
  to: IsoDate;
  provisional: boolean;
}

/** The period a report on `year` generated on `today` counts (London's date: Clock.today()). */
export function reportingPeriod(year: number, today: IsoDate): ReportingPeriod {
  const last = reportingYearLastDay(year);
  const provisional = toDayNumber(today) <= toDayNumber(last);
  return { year, from: reportingYearFirstDay(year), to: provisional ? today : last, provisional };
}

/**
 * The same days a year earlier, to compare a year to date with: 1 April 2025 to 1 December 2025 for 1 April 2026 to
 * 1 December 2026 (29 February becomes 28 February). For a complete year, the whole year before.
 */
export function samePeriodYearBefore(period: ReportingPeriod): ReportingPeriod {
  if (!period.provisional) return reportingPeriod(period.year - 1, period.to);
  const [y, m, d] = period.to.split('-') as [string, string, string];
  const to = m === '02' && d === '29' ? `${Number(y) - 1}-02-28` : `${Number(y) - 1}-${m}-${d}`;
  return { year: period.year - 1, from: reportingYearFirstDay(period.year - 1), to, provisional: true };
}

/** "1 April 2025 to 31 March 2026", or for a year to date "1 April 2026 to 1 December 2026". */
export function reportingPeriodLabel(period: ReportingPeriod): string {
  return `${ukLongDate(period.from)} to ${ukLongDate(period.to)}`;
}

/** What a provisional report says at its top: "Provisional: 1 April 2026 to 1 December 2026". */
export function provisionalNotice(period: ReportingPeriod): string {
  return `Provisional: ${reportingPeriodLabel(period)}`;
}

/** A year offered for a report on the year list. */
export interface OfferedReportingYear {
  year: number;
  provisional: boolean;
  /** "1 April 2025 to 31 March 2026", or "2026 to 2027 (year to date, provisional)". */
  label: string;
}

/**
 * The years a report may be generated for on `today`, newest first: the current year to date (provisional), then the
 * `complete` last complete years (never before FIRST_REPORTING_YEAR). On 31 March 2026 that is 2025 to date, then 2024
 * and before; on 1 April 2026, 2026 to date, then 2025 and before.
 */
export function reportingYearsOffered(today: IsoDate, complete = 5): OfferedReportingYear[] {
  const current = reportingYearOf(today);
  const years = [current, ...Array.from({ length: complete }, (_, i) => current - 1 - i)].filter((y) => y >= FIRST_REPORTING_YEAR);
  return years.map((year) =>
    year === current
      ? { year, provisional: true, label: `${year} to ${year + 1} (year to date, provisional)` }
      : { year, provisional: false, label: reportingYearLabel(year) },
  );
}

/** How a stored report's period is named: "1 April 2025 to 31 March 2026", or "1 April 2026 to 1 December 2026 (year to date, provisional)". */
export function reportingPeriodTitle(period: ReportingPeriod): string {
  return period.provisional ? `${reportingPeriodLabel(period)} (year to date, provisional)` : reportingPeriodLabel(period);
}
