import { type IsoDate } from '../calendar/iso-date';
import { addMonths } from '../meetings/meeting-schedule';
import { reportingYearFirstDay, reportingYearOf } from '../reports/reporting-year';
import { type Role } from '../roles';

/** Who may read live themes: Commissioner staff nationally, an LA manager their own LA's table only. */
export const LIVE_THEMES_READERS = ['COMMISSIONER_STAFF', 'LA_MANAGER'] as const satisfies readonly [Role, ...Role[]];

/** The longest period one view covers: a year (so "the same period last year" never overlaps it). */
export const LIVE_THEMES_LONGEST_MONTHS = 12;

export type LiveThemesPeriod =
  { ok: true; from: IsoDate; to: IsoDate; lastFrom: IsoDate; lastTo: IsoDate } | { ok: false; field: 'fromOn' | 'toOn'; message: string };

/**
 * The London dates live themes count, both included, and the same days a year before (29 February becomes 28
 * February): by default the reporting year to date, so a full year matches the annual report. A period that ends
 * after today, starts after it ends, or is longer than a year is refused, naming the field.
 */
export function liveThemesPeriod(today: IsoDate, fromOn: IsoDate | null, toOn: IsoDate | null): LiveThemesPeriod {
  const to = toOn ?? today;
  if (to > today) return { ok: false, field: 'toOn', message: 'The end date cannot be in the future.' };
  const from = fromOn ?? reportingYearFirstDay(reportingYearOf(to));
  if (from > to) return { ok: false, field: 'fromOn', message: 'The start date must be on or before the end date.' };
  if (from <= addMonths(to, -LIVE_THEMES_LONGEST_MONTHS)) return { ok: false, field: 'fromOn', message: 'The period can be at most a year long.' };
  return { ok: true, from, to, lastFrom: addMonths(from, -12), lastTo: addMonths(to, -12) };
}
