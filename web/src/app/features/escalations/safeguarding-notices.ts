import { formatLondonTime, londonDate, ukLongDate, weekdayOf } from '@heard/domain';

/** "by 17:30 GMT on Monday 1 December 2025": a deadline as the portal says it, in London time. */
export function byDeadline(dueAt: string): string {
  const instant = new Date(dueAt);
  const day = londonDate(instant);
  return `by ${formatLondonTime(instant)} on ${weekdayOf(day)} ${ukLongDate(day)}`;
}

/** The confirmation after an advocate raises an immediate safeguarding concern: who was told, and by when they must acknowledge. */
export function safeguardingRaisedNotice(alert: { toldWho: string; dueAt: string }): string {
  return `Immediate safeguarding concern sent. Heard told ${alert.toldWho} at once. They must acknowledge it ${byDeadline(alert.dueAt)}.`;
}

/** The confirmation after an LA manager acknowledges one. */
export function safeguardingAcknowledgedNotice(alert: { childName: string }): string {
  return `You acknowledged the immediate safeguarding concern about ${alert.childName}. Their advocate has been told.`;
}
