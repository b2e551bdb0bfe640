import { londonDate, ukLongDate } from '@heard/domain';

/** `2025-01-21` → `21 January 2025`, as GOV.UK writes dates (the domain's `ukLongDate`). Never shifted by time zone. */
export function ukDate(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : ukLongDate(value);
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
