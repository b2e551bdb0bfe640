import { londonDate, londonInstant, londonTime } from '../calendar/london';
import { weekdayOf, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/** When a working day starts, for a message sent on a weekend or bank holiday. */
export const WORKING_DAY_STARTS_AT = '09:00';

export interface ReplyDue {
  /** The instant the reply is due. */
  dueAt: Date;
  /** The London date and time the clock started (the message, or 09:00 on the next working day). */
  clockStartedOn: IsoDate;
  clockStartedAt: string;
  /** For the advocate: "Reply by 4pm on Monday 1 December 2026: one working day after …". */
  sentence: string;
}

export type ReplyStatus = 'DUE' | 'OVERDUE' | 'REPLIED' | 'REPLIED_LATE';

/** "4pm", "9:30am", "12pm": how the child's page says a time. */
export function plainClockTime(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, '0')}${suffix}`;
}

function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const monthName = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${weekdayOf(date)} ${day ?? ''} ${monthName} ${year ?? ''}`;
}

/**
 * The advocate has one working day to reply to a child's message: by the same London time on the next
 * working day (16:00 on a Friday → 16:00 on Monday; bank holidays skipped). A message sent on a weekend or
 * bank holiday starts the clock at 09:00 on the next working day, so it is due at 09:00 the working day after.
 */
export function replyDue(sentAt: Date, calendar: WorkingDayCalendar): ReplyDue {
  const sentOn = londonDate(sentAt);
  const onWorkingDay = calendar.isWorkingDay(sentOn);
  const clockStartedOn = onWorkingDay ? sentOn : calendar.addWorkingDays(sentOn, 0);
  const clockStartedAt = onWorkingDay ? londonTime(sentAt) : WORKING_DAY_STARTS_AT;
  const explained = calendar.explainAddWorkingDays(clockStartedOn, 1);
  const dueOn = explained.result;
  const dueAt = londonInstant(dueOn, clockStartedAt);
  const skipping = explained.skipped.length === 0 ? '' : `, skipping ${explained.skipped.map((s) => s.reason).join(' and ')}`;
  const start = onWorkingDay
    ? `the message (${clockStartedAt} on ${weekdayOf(sentOn)})`
    : `${WORKING_DAY_STARTS_AT} on ${weekdayOf(clockStartedOn)}, the next working day after the message`;
  return {
    dueAt,
    clockStartedOn,
    clockStartedAt,
    sentence: `Reply by ${plainClockTime(clockStartedAt)} on ${longDate(dueOn)}: one working day after ${start}${skipping}.`,
  };
}

/** What the child's page promises: "Sam will reply by 4pm on Monday." */
export function childReplyPromise(advocateFirstName: string, dueAt: Date): string {
  return `${advocateFirstName} will reply by ${plainClockTime(londonTime(dueAt))} on ${weekdayOf(londonDate(dueAt))}.`;
}

/** Whether a reply is still due, overdue, or was made (in time or late). */
export function replyStatus(dueAt: Date, repliedAt: Date | null, now: Date): ReplyStatus {
  if (repliedAt !== null) return repliedAt.getTime() <= dueAt.getTime() ? 'REPLIED' : 'REPLIED_LATE';
  return now.getTime() > dueAt.getTime() ? 'OVERDUE' : 'DUE';
}
