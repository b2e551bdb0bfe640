import type { IsoDate } from '../calendar/iso-date';

export interface VisitHistory {
  /** Since when the home has had at least one child Heard represents. */
  representedSince: IsoDate;
  /** Dates of submitted visits (any order). */
  visitedOn: readonly IsoDate[];
  today: IsoDate;
}

export interface VisitSchedule {
  /** The calendar month now due, e.g. "2026-11". */
  month: string;
  /** The last day a visit for this month can be made. */
  dueBy: IsoDate;
  visitedThisMonth: boolean;
  /** Earlier calendar months (up to 12, newest first) in which the home had represented children and no visit. */
  missedMonths: string[];
}

/** How many earlier months are looked back over for missed visits. */
export const MISSED_MONTHS_LOOKBACK = 12;

/**
 * A home with a represented child is visited at least once every calendar month. A month is missed
 * when the home had a represented child in it (from `representedSince`) and no visit took place in it.
 */
export function visitSchedule(history: VisitHistory): VisitSchedule {
  const month = history.today.slice(0, 7);
  const visitedMonths = new Set(history.visitedOn.map((d) => d.slice(0, 7)));
  const firstMonth = history.representedSince.slice(0, 7);
  const missedMonths: string[] = [];
  let cursor = previousMonth(month);
  for (let i = 0; i < MISSED_MONTHS_LOOKBACK && cursor >= firstMonth; i += 1) {
    if (!visitedMonths.has(cursor)) missedMonths.push(cursor);
    cursor = previousMonth(cursor);
  }
  return { month, dueBy: lastDayOfMonth(month), visitedThisMonth: visitedMonths.has(month), missedMonths };
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export function lastDayOfMonth(month: string): IsoDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}
