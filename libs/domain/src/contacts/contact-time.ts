import type { IsoDate } from '../calendar/iso-date';
import { londonDate, londonTime } from '../calendar/london';

/**
 * The instant of a London wall-clock date and time (`2026-07-01`, `09:30` → 08:30 UTC in summer). A time that does not exist
 * (the hour skipped when the clocks go forward) is read as GMT; an hour that happens twice is the first (BST) one.
 */
export function londonInstant(date: IsoDate, time: string): Date {
  const utc = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(utc.getTime())) throw new RangeError(`Not a date and time: ${date} ${time}`);
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(utc.getTime() - offsetHours * 3_600_000);
    if (londonDate(candidate) === date && londonTime(candidate) === time) return candidate;
  }
  return utc;
}

/** A contact can only be recorded once it has happened. */
export function contactTimeProblem(occurredAt: Date, now: Date): string | null {
  return occurredAt.getTime() > now.getTime() ? 'The date and time of the contact cannot be in the future.' : null;
}
