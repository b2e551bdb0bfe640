import { toDayNumber, type IsoDate } from '../calendar/iso-date';
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
  dueOn: IsoDate;
  rule: ScheduleRule;
  /** One sentence, e.g. "due 2025-01-21: 20 working days after 2024-12-19, skipping 25 Dec, 26 Dec and 1 Jan". */
  explanation: string;
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

/**
 * When the next care-planning meeting is due: the first within 20 working days of the start of the
 * period of care; the second within 3 months of the first; then at most 6 months after the
 * previous one, or 12 months for a child settled in a long-term foster placement (with a paper
 * review between). An earlier meeting may always be held.
 */
export function nextMeetingDue(calendar: WorkingDayCalendar, history: MeetingHistory): NextMeetingDue {
  const held = [...history.heldOn].filter((d) => d >= history.periodOfCareStart).sort();
  const last = held[held.length - 1];
  if (last === undefined) {
    const { result, sentence } = calendar.explainAddWorkingDays(history.periodOfCareStart, 20);
    return { dueOn: result, rule: 'FIRST_WITHIN_20_WORKING_DAYS', explanation: `due ${sentence}` };
  }
  if (held.length === 1) {
    const dueOn = addMonths(last, 3);
    return { dueOn, rule: 'SECOND_WITHIN_3_MONTHS', explanation: `due ${dueOn}: 3 months after the first meeting on ${last}` };
  }
  const settled = history.settledLongTermFosterSince;
  if (settled != null && settled <= last) {
    const dueOn = addMonths(last, 12);
    return {
      dueOn,
      rule: 'YEARLY_LONG_TERM_FOSTER',
      explanation: `due ${dueOn}: 12 months after the meeting on ${last}, as the child is settled in a long-term foster placement (paper review between)`,
    };
  }
  const dueOn = addMonths(last, 6);
  return { dueOn, rule: 'EVERY_6_MONTHS', explanation: `due ${dueOn}: 6 months after the meeting on ${last}` };
}

/** Working days a meeting is overdue on `today` (0 when not overdue). */
export function workingDaysOverdue(calendar: WorkingDayCalendar, dueOn: IsoDate, today: IsoDate): number {
  return today > dueOn ? calendar.workingDaysBetween(dueOn, today) : 0;
}
