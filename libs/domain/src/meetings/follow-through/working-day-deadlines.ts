import { addDays, ukLongDate, weekdayOf, type IsoDate } from '../../calendar/iso-date';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';

/** Working days before a meeting that the social worker's report must reach the advocate, unless configured otherwise. */
export const DEFAULT_PAPERS_WORKING_DAYS = 5;
/** Working days after a meeting in which the LA may challenge one of its decisions, unless configured otherwise. */
export const DEFAULT_CHALLENGE_WORKING_DAYS = 5;
/** Working days the LA has to answer an advocate's request for an earlier meeting, unless configured otherwise. */
export const DEFAULT_EARLIER_MEETING_ANSWER_WORKING_DAYS = 5;
/** Working days after a meeting by which its record must reach the attendees, unless configured otherwise. */
export const DEFAULT_RECORD_SHARING_WORKING_DAYS = 10;

/** A deadline and one sentence saying how it was worked out, with UK dates. */
export interface ExplainedDeadline {
  dueBy: IsoDate;
  explanation: string;
}

function days(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

function onDay(date: IsoDate): string {
  return `${weekdayOf(date)} ${ukLongDate(date)}`;
}

/** The working day that is `n` working days before `date`: `workingDaysBetween(result, date) === n`. */
export function workingDaysBefore(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Working days before must be a whole number of 1 or more (got ${n})`);
  let day = date;
  let counted = 0;
  for (;;) {
    if (calendar.isWorkingDay(day) && day !== date) counted += 1;
    if (counted === n) return day;
    day = addDays(day, -1);
  }
}

/** When the social worker's report must reach the advocate: `n` working days before the meeting. */
export function papersDueBy(calendar: WorkingDayCalendar, meetingOn: IsoDate, n: number = DEFAULT_PAPERS_WORKING_DAYS): ExplainedDeadline {
  const dueBy = workingDaysBefore(calendar, meetingOn, n);
  return { dueBy, explanation: `The social worker's report is due by ${onDay(dueBy)}: ${days(n)} before the meeting on ${onDay(meetingOn)}.` };
}

/** The last day the LA may challenge a decision: `n` working days after the meeting that made it. */
export function challengeDeadline(calendar: WorkingDayCalendar, heldOn: IsoDate, n: number = DEFAULT_CHALLENGE_WORKING_DAYS): ExplainedDeadline {
  const dueBy = calendar.addWorkingDays(heldOn, n);
  return { dueBy, explanation: `The local authority may challenge it until ${onDay(dueBy)}: ${days(n)} after the meeting on ${onDay(heldOn)}.` };
}

/** When the LA must answer a request for an earlier meeting: `n` working days after it was made. */
export function earlierMeetingAnswerDue(
  calendar: WorkingDayCalendar,
  requestedOn: IsoDate,
  n: number = DEFAULT_EARLIER_MEETING_ANSWER_WORKING_DAYS,
): ExplainedDeadline {
  const dueBy = calendar.addWorkingDays(requestedOn, n);
  return { dueBy, explanation: `The local authority must answer by ${onDay(dueBy)}: ${days(n)} after the request on ${onDay(requestedOn)}.` };
}

/** When the meeting's record must reach its attendees: `n` working days after the meeting. */
export function recordSharingDueBy(calendar: WorkingDayCalendar, heldOn: IsoDate, n: number = DEFAULT_RECORD_SHARING_WORKING_DAYS): ExplainedDeadline {
  const dueBy = calendar.addWorkingDays(heldOn, n);
  return { dueBy, explanation: `The record is due to the attendees by ${onDay(dueBy)}: ${days(n)} after the meeting on ${onDay(heldOn)}.` };
}
