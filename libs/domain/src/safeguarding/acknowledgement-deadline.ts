import { londonDate, londonInstant, londonTime, formatLondonTime } from '../calendar/london';
import { addDays, ukLongDate, weekdayOf, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/**
 * When the LA's named safeguarding contact must acknowledge an immediate safeguarding concern, in London time.
 *
 * The default is "the same working day": an alert raised on a working day before the cut-off (15:30) must be
 * acknowledged by the end of that working day (17:30); one raised after the cut-off, or on a weekend or bank
 * holiday, by midday (12:00) on the next working day. A working day is the one calendar's (England and Wales).
 * All three times are configurable (`SAFEGUARDING_ACKNOWLEDGE_HOURS`, "cut-off,end of day,next day by").
 */
export interface SafeguardingHours {
  /** Raised before this (HH:MM, London) on a working day: due the same day. */
  sameDayCutOff: string;
  /** The same-day deadline (HH:MM, London). */
  endOfDay: string;
  /** The next-working-day deadline (HH:MM, London). */
  nextDayBy: string;
}

export const DEFAULT_SAFEGUARDING_HOURS: SafeguardingHours = { sameDayCutOff: '15:30', endOfDay: '17:30', nextDayBy: '12:00' };

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads "15:30,17:30,12:00"; returns a problem sentence instead when it is not three times with the cut-off before the end of day. */
export function parseSafeguardingHours(value: string): SafeguardingHours | string {
  const parts = value.split(',').map((p) => p.trim());
  const [sameDayCutOff, endOfDay, nextDayBy] = parts;
  if (parts.length !== 3 || sameDayCutOff === undefined || endOfDay === undefined || nextDayBy === undefined || !parts.every((p) => HH_MM.test(p)))
    return 'must be three 24-hour times "cut-off,end of day,next day by", such as 15:30,17:30,12:00';
  if (sameDayCutOff > endOfDay) return 'the cut-off must not be after the end of the day';
  return { sameDayCutOff, endOfDay, nextDayBy };
}

export interface AcknowledgementDeadline {
  dueAt: Date;
  sameDay: boolean;
  /** e.g. "Raised at 16:10 GMT on Friday 5 December 2025, after 15:30, so it must be acknowledged by 12:00 GMT on Monday 8 December 2025, the next working day." */
  sentence: string;
}

function dayInWords(date: IsoDate): string {
  return `${weekdayOf(date)} ${ukLongDate(date)}`;
}

export function acknowledgementDeadline(
  raisedAt: Date,
  calendar: WorkingDayCalendar,
  hours: SafeguardingHours = DEFAULT_SAFEGUARDING_HOURS,
): AcknowledgementDeadline {
  const day = londonDate(raisedAt);
  const time = londonTime(raisedAt);
  const working = calendar.isWorkingDay(day);
  const sameDay = working && time < hours.sameDayCutOff;
  const dueOn = sameDay ? day : calendar.addWorkingDays(addDays(day, 1), 0);
  const dueAt = londonInstant(dueOn, sameDay ? hours.endOfDay : hours.nextDayBy);
  const why = sameDay
    ? `before ${hours.sameDayCutOff} on a working day`
    : working
      ? `after ${hours.sameDayCutOff}`
      : `on a day that is not a working day (${calendar.nonWorkingReason(day) ?? ''})`;
  const when = sameDay ? 'the same working day' : 'the next working day';
  return {
    dueAt,
    sameDay,
    sentence: `Raised at ${formatLondonTime(raisedAt)} on ${dayInWords(day)}, ${why}, so it must be acknowledged by ${formatLondonTime(dueAt)} on ${dayInWords(dueOn)}, ${when}.`,
  };
}

export type SafeguardingAlertStatus = 'AWAITING' | 'OVERDUE' | 'ACKNOWLEDGED_ON_TIME' | 'ACKNOWLEDGED_LATE';

/** Where an alert stands at `now`: acknowledged (on time or late), or still waiting (overdue once past its deadline). */
export function safeguardingAlertStatus(dueAt: Date, acknowledgedAt: Date | null, now: Date): SafeguardingAlertStatus {
  if (acknowledgedAt !== null) return acknowledgedAt.getTime() <= dueAt.getTime() ? 'ACKNOWLEDGED_ON_TIME' : 'ACKNOWLEDGED_LATE';
  return now.getTime() > dueAt.getTime() ? 'OVERDUE' : 'AWAITING';
}

/** The moment and the deadline in one sentence for people: "by 17:30 GMT on Monday 1 December 2025". */
export function byDeadlineWords(dueAt: Date): string {
  return `by ${formatLondonTime(dueAt)} on ${dayInWords(londonDate(dueAt))}`;
}
