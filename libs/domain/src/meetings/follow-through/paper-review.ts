import { ukLongDate, type IsoDate } from '../../calendar/iso-date';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';
import { addMonths, monthDeadline, nextMeetingRule, type MeetingHistory } from '../meeting-schedule';

/** Months after a yearly meeting that the paper review between it and the next is due. */
export const PAPER_REVIEW_MONTHS_AFTER_MEETING = 6;

export interface PaperReviewDue {
  /** The date the paper review is due by; overdue from the day after. */
  dueOn: IsoDate;
  /** When `dueOn` is not a working day, the last working day before it; otherwise null. */
  lastWorkingDayBefore: IsoDate | null;
  explanation: string;
}

/**
 * For a child settled in a long-term foster placement, whose meetings are yearly, the review between them is a
 * paper review (a consultation with the child, carers and social worker, signed off by the chair), due 6 months
 * after the last meeting. Null when the child's meetings are not yearly, or a paper review has been signed off
 * since the last meeting.
 */
export function paperReviewDue(calendar: WorkingDayCalendar, history: MeetingHistory, paperReviewsSignedOff: readonly IsoDate[]): PaperReviewDue | null {
  const held = history.heldOn.filter((d) => d >= history.periodOfCareStart).sort();
  if (nextMeetingRule(held, history.settledLongTermFosterSince) !== 'YEARLY_LONG_TERM_FOSTER') return null;
  const last = held[held.length - 1];
  if (last === undefined || paperReviewsSignedOff.some((d) => d > last)) return null;
  const due = monthDeadline(
    calendar,
    'YEARLY_LONG_TERM_FOSTER',
    addMonths(last, PAPER_REVIEW_MONTHS_AFTER_MEETING),
    `${PAPER_REVIEW_MONTHS_AFTER_MEETING} months after the last meeting on ${ukLongDate(last)}, halfway to the next yearly meeting, as the child is settled in a long-term foster placement`,
  );
  return { dueOn: due.dueOn, lastWorkingDayBefore: due.lastWorkingDayBefore, explanation: `Paper review: ${lowerFirst(due.explanation)}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
