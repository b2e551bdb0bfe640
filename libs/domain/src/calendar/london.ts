import type { IsoDate } from './iso-date';

/**
 * Heard's "today" and every time it shows are London's (Europe/London: GMT in winter, BST in summer).
 * This is the one place an instant becomes a calendar date or a clock time; never use the UTC date.
 */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

export type LondonZoneName = 'GMT' | 'BST';

interface LondonParts {
  date: IsoDate;
  time: string;
  zone: LondonZoneName;
}

function londonParts(instant: Date): LondonParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant: it has no date in London');
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of LONDON.formatToParts(instant)) parts[part.type] = part.value;
  const { year, month, day, hour, minute, timeZoneName } = parts;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) {
    throw new RangeError(`Could not read the London date of ${instant.toISOString()}`);
  }
  // ICU names London's summer offset "BST" and its winter one "GMT" (older data: "GMT+1").
  const zone: LondonZoneName = timeZoneName === 'GMT' || timeZoneName === 'UTC' ? 'GMT' : 'BST';
  return { date: `${year}-${month}-${day}`, time: `${hour}:${minute}`, zone };
}

/** The calendar date in London of an instant: `2026-06-01T23:30:00Z` → `2026-06-02` (00:30 BST). */
export function londonDate(instant: Date): IsoDate {
  return londonParts(instant).date;
}

/** The 24-hour clock time in London, `HH:MM`. */
export function londonTime(instant: Date): string {
  return londonParts(instant).time;
}

/** `BST` while British Summer Time is in force, otherwise `GMT`. */
export function londonZoneName(instant: Date): LondonZoneName {
  return londonParts(instant).zone;
}

/** The London time with its zone, as messages show it: `14:05 BST`. */
export function formatLondonTime(instant: Date): string {
  const { time, zone } = londonParts(instant);
  return `${time} ${zone}`;
}

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
