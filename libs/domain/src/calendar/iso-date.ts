/** A calendar date as `YYYY-MM-DD`. All arithmetic is on whole UTC days, never local time. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real date in the form YYYY-MM-DD`);
    this.name = 'InvalidDateError';
  }
}

/** Days since 1970-01-01 for a valid ISO date; throws InvalidDateError for anything else. */
export function toDayNumber(value: IsoDate): number {
  const match = ISO_DATE.exec(value);
  if (match === null) throw new InvalidDateError(value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidDateError(value);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The UTC calendar date of an instant. */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekdayOf(date: IsoDate): (typeof WEEKDAYS)[number] {
  const index = (((toDayNumber(date) + 4) % 7) + 7) % 7;
  return WEEKDAYS[index] ?? 'Sunday';
}

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * A date as GOV.UK writes it, `2025-06-17` → `17 June 2025`: the one formatter for dates in sentences, in the
 * API's messages and explanations and in the portal. Never shifted by time zone (it reads the digits). Anything
 * that does not start with `YYYY-MM-DD` comes back as it was, so a bad value a person typed can still be quoted.
 */
export function ukLongDate(value: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const month = match === null ? undefined : LONG_MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return value;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A month as GOV.UK writes it, `2025-01` → `January 2025`; anything else comes back as it was. */
export function ukLongMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = match === null ? undefined : LONG_MONTHS[Number(match[2]) - 1];
  return match === null || month === undefined ? value : `${month} ${match[1]}`;
}

/** `25 Dec` */
export function formatDayMonth(date: IsoDate): string {
  const dayNumber = toDayNumber(date);
  const d = new Date(dayNumber * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}

export function yearOf(date: IsoDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}
