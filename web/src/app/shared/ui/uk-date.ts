import { londonDate } from '@heard/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-21` → `21 January 2025`, as GOV.UK writes dates. Never shifted by time zone. */
export function ukDate(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** An instant (`2025-07-21T23:30:00Z`) → the date it was in London (`22 July 2025`, as 00:30 BST). */
export function ukDateOfInstant(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return ukDate(londonDate(instant));
}

/** Today's date as YYYY-MM-DD in London, as the API counts it, whatever the browser's own time zone. */
export function todayIso(): string {
  return londonDate(new Date());
}
