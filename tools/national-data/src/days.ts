import { createEnglandAndWalesCalendar, fromDayNumber } from '@heard/domain';

/**
 * Dates as whole UTC day numbers (days since 1970-01-01), which the generator adds and compares
 * cheaply; converted to `YYYY-MM-DD` only when a row is written.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<Day, string>();

export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function iso(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    isoCache.set(day, text);
  }
  return text;
}

const clockCache: string[] = [];

/** A timestamp (UTC, whole minutes) on a day: `minutes` after midnight, which may run into later days. */
export function at(day: Day, minutes: number): string {
  const whole = Math.round(minutes);
  const days = Math.floor(whole / 1440);
  const minute = whole - days * 1440;
  let clock = clockCache[minute];
  if (clock === undefined) {
    clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+00`;
    clockCache[minute] = clock;
  }
  return `${iso(day + days)} ${clock}`;
}

export function yearOf(day: Day): number {
  return civil(day)[0];
}

/** Year, month (1–12) and day of month of a day number (Hinnant's algorithm: integer arithmetic, no Date). */
export function civil(day: Day): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number of a calendar date (month 1–12). */
function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Calendar months later; past the end of the target month becomes its last day (like the domain's addMonths). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = civil(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The birthday at `years` (29 February becomes 1 March in other years, like the domain's birthdayAt). */
export function birthday(dateOfBirth: Day, years: number): Day {
  const [y, m, d] = civil(dateOfBirth);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeap(year)) return dayFromCivil(year, 3, 1);
  return dayFromCivil(year, m, d);
}

/** Age in whole years on a day. */
export function ageOn(dateOfBirth: Day, on: Day): number {
  const [by, bm, bd] = civil(dateOfBirth);
  const [y, m, d] = civil(on);
  let years = y - by;
  if (m < bm || (m === bm && d < bd)) years -= 1;
  return years;
}

/** The first day of the calendar month a day is in, and the first day of the next one. */
export function monthStart(day: Day): Day {
  const [y, m] = civil(day);
  return dayFromCivil(y, m, 1);
}

export function nextMonthStart(day: Day): Day {
  return addMonths(monthStart(day), 1);
}

/**
 * Working days in England and Wales over a range of days, from the domain's one calendar (the same
 * one the report's working_days table is made from). Lookups are array reads.
 */
export class WorkingDays {
  private readonly cumulative: Int32Array;

  constructor(
    private readonly first: Day,
    private readonly last: Day,
  ) {
    const calendar = createEnglandAndWalesCalendar();
    this.cumulative = new Int32Array(last - first + 1);
    let count = 0;
    for (let day = first; day <= last; day += 1) {
      if (calendar.isWorkingDay(fromDayNumber(day))) count += 1;
      this.cumulative[day - first] = count;
    }
  }

  private count(day: Day): number {
    if (day < this.first || day > this.last) throw new RangeError(`${iso(day)} is outside the working-day table (${iso(this.first)} to ${iso(this.last)})`);
    return this.cumulative[day - this.first] as number;
  }

  /** Working days after `from` up to and including `to`. */
  between(from: Day, to: Day): number {
    return this.count(to) - this.count(from);
  }

  /** The n-th working day after `day` (n ≥ 1). */
  add(day: Day, n: number): Day {
    const target = this.count(day) + Math.max(1, n);
    let result = day + 1;
    while (this.count(result) < target) result += 1;
    return result;
  }
}
