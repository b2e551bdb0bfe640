import { addDays, toDayNumber, ukLongDate, weekdayOf, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/** Reg 33 of the Care Planning, Placement and Case Review (England) Regulations 2010. */
export type ScheduleRule = 'FIRST_WITHIN_20_WORKING_DAYS' | 'SECOND_WITHIN_3_MONTHS' | 'EVERY_6_MONTHS' | 'YEARLY_LONG_TERM_FOSTER';

export interface MeetingHistory {
  /** The day the current period of care began. */
  periodOfCareStart: IsoDate;
  /** Dates of meetings held in this period of care (any order). */
  heldOn: readonly IsoDate[];
  /** Since when the child has been settled in a long-term foster placement, if they are. */
  settledLongTermFosterSince?: IsoDate | null;
}

export interface NextMeetingDue {
  /** The statutory date: the meeting is overdue from the day after it. */
  dueOn: IsoDate;
  /**
   * When a month-based `dueOn` is not a working day, the last working day before it (shown with it);
   * otherwise null. A working-day deadline always lands on a working day.
   */
  lastWorkingDayBefore: IsoDate | null;
  rule: ScheduleRule;
  /**
   * One sentence, e.g. "due 2025-01-21: 20 working days after 2024-12-19, skipping 25 Dec, 26 Dec and 1 Jan", or
   * "Due by Sunday 4 February 2024, 6 months after the last meeting on 4 August 2023; that is not a working day,
   * so the last working day before it is Friday 2 February 2024."
   */
  explanation: string;
}

/** `4 August 2023`, for a date that must be real. */
function formatLongDate(date: IsoDate): string {
  toDayNumber(date);
  return ukLongDate(date);
}

/** `Sunday 4 February 2024` */
function formatWeekdayDate(date: IsoDate): string {
  return `${weekdayOf(date)} ${formatLongDate(date)}`;
}

/** The last working day strictly before `date`. */
function lastWorkingDayBefore(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  let day = addDays(date, -1);
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * A deadline a number of calendar months after a meeting. When it is not a working day it is shown
 * with the last working day before it; `dueOn` stays the statutory date.
 */
export function monthDeadline(calendar: WorkingDayCalendar, rule: ScheduleRule, dueOn: IsoDate, reason: string): NextMeetingDue {
  const nonWorking = calendar.nonWorkingReason(dueOn);
  if (nonWorking === null) {
    return { dueOn, lastWorkingDayBefore: null, rule, explanation: `Due by ${formatWeekdayDate(dueOn)}, ${reason}.` };
  }
  const before = lastWorkingDayBefore(calendar, dueOn);
  const named = nonWorking === weekdayOf(dueOn) ? '' : ` (${nonWorking})`;
  return {
    dueOn,
    lastWorkingDayBefore: before,
    rule,
    explanation: `Due by ${formatWeekdayDate(dueOn)}, ${reason}; that is not a working day${named}, so the last working day before it is ${formatWeekdayDate(before)}.`,
  };
}

/** Calendar months later; a day past the end of the target month becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  toDayNumber(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const FIRST_MEETING_WITHIN_WORKING_DAYS = 20;
export const SECOND_MEETING_WITHIN_MONTHS = 3;
export const LATER_MEETINGS_WITHIN_MONTHS = 6;
export const LONG_TERM_FOSTER_MEETINGS_WITHIN_MONTHS = 12;

/**
 * The rule for the next meeting, from the meetings held so far in this period of care (in date order):
 * the first within 20 working days of the start of the period of care; the second within 3 months of
 * the first; then at most 6 months after the previous one, or 12 months for a child settled in a
 * long-term foster placement by the last meeting (with a paper review between).
 */
export function nextMeetingRule(held: readonly IsoDate[], settledLongTermFosterSince: IsoDate | null | undefined): ScheduleRule {
  const last = held[held.length - 1];
  if (last === undefined) return 'FIRST_WITHIN_20_WORKING_DAYS';
  if (held.length === 1) return 'SECOND_WITHIN_3_MONTHS';
  return settledLongTermFosterSince != null && settledLongTermFosterSince <= last ? 'YEARLY_LONG_TERM_FOSTER' : 'EVERY_6_MONTHS';
}

const MONTHS_AFTER_LAST: Readonly<Record<Exclude<ScheduleRule, 'FIRST_WITHIN_20_WORKING_DAYS'>, number>> = {
  SECOND_WITHIN_3_MONTHS: SECOND_MEETING_WITHIN_MONTHS,
  EVERY_6_MONTHS: LATER_MEETINGS_WITHIN_MONTHS,
  YEARLY_LONG_TERM_FOSTER: LONG_TERM_FOSTER_MEETINGS_WITHIN_MONTHS,
};

/** The statutory date the next meeting is due by, without the explanation (`nextMeetingDue` gives both); `held` in date order. */
export function nextMeetingDueOn(
  calendar: WorkingDayCalendar,
  periodOfCareStart: IsoDate,
  held: readonly IsoDate[],
  settledLongTermFosterSince?: IsoDate | null,
): IsoDate {
  const rule = nextMeetingRule(held, settledLongTermFosterSince);
  const last = held[held.length - 1];
  return rule === 'FIRST_WITHIN_20_WORKING_DAYS' || last === undefined
    ? calendar.addWorkingDays(periodOfCareStart, FIRST_MEETING_WITHIN_WORKING_DAYS)
    : addMonths(last, MONTHS_AFTER_LAST[rule]);
}

/** When the next care-planning meeting is due, by `nextMeetingRule`, with an explanation. An earlier meeting may always be held. */
export function nextMeetingDue(calendar: WorkingDayCalendar, history: MeetingHistory): NextMeetingDue {
  const held = [...history.heldOn].filter((d) => d >= history.periodOfCareStart).sort();
  const rule = nextMeetingRule(held, history.settledLongTermFosterSince);
  const last = held[held.length - 1];
  if (rule === 'FIRST_WITHIN_20_WORKING_DAYS' || last === undefined) {
    const { result, sentence } = calendar.explainAddWorkingDays(history.periodOfCareStart, FIRST_MEETING_WITHIN_WORKING_DAYS);
    return { dueOn: result, lastWorkingDayBefore: null, rule: 'FIRST_WITHIN_20_WORKING_DAYS', explanation: `due ${sentence}` };
  }
  const months = MONTHS_AFTER_LAST[rule];
  const reasons: Record<typeof rule, string> = {
    SECOND_WITHIN_3_MONTHS: `${months} months after the first meeting on ${formatLongDate(last)}`,
    EVERY_6_MONTHS: `${months} months after the last meeting on ${formatLongDate(last)}`,
    YEARLY_LONG_TERM_FOSTER: `${months} months after the last meeting on ${formatLongDate(last)}, as the child is settled in a long-term foster placement (paper review between)`,
  };
  return monthDeadline(calendar, rule, addMonths(last, months), reasons[rule]);
}

/**
 * Working days a meeting is overdue on `today` (0 when not overdue). Pass the statutory `dueOn`, never
 * the last working day before it: a meeting due on a Sunday is not overdue until the Monday.
 */
export function workingDaysOverdue(calendar: WorkingDayCalendar, dueOn: IsoDate, today: IsoDate): number {
  return today > dueOn ? calendar.workingDaysBetween(dueOn, today) : 0;
}
