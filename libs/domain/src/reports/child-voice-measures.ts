import { londonDate, londonInstant } from '../calendar/london';
import { addDays, type IsoDate, toDayNumber } from '../calendar/iso-date';
import { replyStatus } from '../child-channel/reply-clock';
import { contactStandard, type ContactStandardSettings } from '../contacts/contact-standard';
import { safeguardingAlertStatus } from '../safeguarding/acknowledgement-deadline';

/**
 * The middle value, as the report's SQL medians are (`percentile_disc(0.5)`): of an even number of values, the lower of
 * the two in the middle, so a median is always a value that was measured. Null for no values.
 */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? null;
}

/** The first instant after the period's last day, in London: what "at the end of the period" means for a clock. */
export function periodEndInstant(lastDay: IsoDate): Date {
  return londonInstant(addDays(lastDay, 1), '00:00');
}

/** What the contact clock of one child with an advocate needs, as it stood at the end of a period. */
export interface ContactClockAtPeriodEnd {
  /** The last contact at or before the period's end where the child's own views were recorded; null if none. */
  lastHeardAt: Date | null;
  offerDeadline: IsoDate | null;
  /** The child's care-planning meetings (scheduled or held, not cancelled). */
  meetings: readonly IsoDate[];
}

/** One child's contact measures on the period's last day: within the contact standard, and whole calendar days since last heard (null if never). */
export function contactMeasuresAtPeriodEnd(
  child: ContactClockAtPeriodEnd,
  lastDay: IsoDate,
  settings: ContactStandardSettings,
): { withinStandard: boolean; daysSinceLastHeard: number | null } {
  const heard = child.lastHeardAt === null ? [] : [{ occurredAt: child.lastHeardAt, viewsRecorded: true }];
  const status = contactStandard({ offerDeadline: child.offerDeadline, contacts: heard, meetings: child.meetings, today: lastDay, settings }).status;
  const days = child.lastHeardAt === null ? null : toDayNumber(lastDay) - toDayNumber(londonDate(child.lastHeardAt));
  return { withinStandard: status === 'WITHIN_STANDARD', daysSinceLastHeard: days };
}

export type ReplyOutcome = 'IN_TIME' | 'LATE' | 'NOT_REPLIED';

/**
 * How a child's message was answered against the reply clock's deadline (`dueAt`, from `replyDue` when it was sent: one
 * working day): in time, late, or not (yet) replied at the end of the period. A reply made after the period still
 * counts, in time or late.
 */
export function replyOutcome(dueAt: Date, repliedAt: Date | null, periodEnd: Date): ReplyOutcome {
  const status = replyStatus(dueAt, repliedAt, periodEnd);
  if (status === 'REPLIED') return 'IN_TIME';
  return status === 'REPLIED_LATE' ? 'LATE' : 'NOT_REPLIED';
}

export type AcknowledgementOutcome = 'ON_TIME' | 'LATE' | 'NOT_ACKNOWLEDGED';

/** How a safeguarding alert was acknowledged against its deadline (`safeguardingAlertStatus`), at the end of the period. */
export function acknowledgementOutcome(dueAt: Date, acknowledgedAt: Date | null, periodEnd: Date): AcknowledgementOutcome {
  const status = safeguardingAlertStatus(dueAt, acknowledgedAt, periodEnd);
  if (status === 'ACKNOWLEDGED_ON_TIME') return 'ON_TIME';
  return status === 'ACKNOWLEDGED_LATE' ? 'LATE' : 'NOT_ACKNOWLEDGED';
}

/** Hours from raising to acknowledgement, to one decimal place. */
export function hoursBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 360_000) / 10;
}
