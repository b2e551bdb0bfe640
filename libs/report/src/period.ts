import { provisionalNotice, reportingPeriodLabel, samePeriodYearBefore } from '@heard/domain';
import { periodOf, type ReportModel } from './model';

/** The line under the title: "England · reporting year 1 April 2025 to 31 March 2026" (· as `separator`). */
export function periodLine(model: ReportModel, separator: string): string {
  const period = periodOf(model);
  return `${model.scope} ${separator} ${period.provisional ? 'year to date' : 'reporting year'} ${reportingPeriodLabel(period)}`;
}

/** What a year-to-date report says first, in every output; null for a year that is over. */
export function provisionalStatement(model: ReportModel): { notice: string; detail: string } | null {
  const period = periodOf(model);
  if (!period.provisional) return null;
  return {
    notice: provisionalNotice(period),
    detail: `The reporting year is not over, so these figures will change. "Last year" means the same days a year before: ${reportingPeriodLabel(samePeriodYearBefore(period))}.`,
  };
}
