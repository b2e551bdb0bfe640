import { dateProblem } from './date-parts';
import type { SummaryError } from './error-summary.component';

/** Two London dates, both included. */
export interface DatePeriod {
  fromOn: string;
  toOn: string;
}

/** A rule of the page's own on a period already made of two real dates in order (e.g. the domain's longest period). */
export type PeriodCheck = (period: DatePeriod) => { field: 'fromOn' | 'toOn'; message: string } | null;

/** What is wrong with the two dates, as error-summary entries: each must be a real date, From on or before To, then `check`. */
export function periodProblems(period: DatePeriod, check: PeriodCheck | null): SummaryError[] {
  const { fromOn, toOn } = period;
  const problems = [
    { fieldId: 'fromOn', message: fromOn === '' ? 'Enter the first day to show' : dateProblem('From', fromOn) },
    { fieldId: 'toOn', message: toOn === '' ? 'Enter the last day to show' : dateProblem('To', toOn) },
  ].filter((p): p is SummaryError => p.message !== null);
  if (problems.length > 0) return problems;
  if (fromOn > toOn) return [{ fieldId: 'fromOn', message: 'From must be the same as or before To' }];
  const problem = check?.(period) ?? null;
  return problem === null ? [] : [{ fieldId: problem.field, message: problem.message }];
}
