import { toDayNumber, type IsoDate } from '../calendar/iso-date';

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
