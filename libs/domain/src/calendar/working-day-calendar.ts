import { BANK_HOLIDAY_RULE_YEARS, englandAndWalesBankHolidaysByRule } from './england-and-wales-bank-holiday-rules';
import { BANK_HOLIDAY_SOURCE, ENGLAND_AND_WALES_BANK_HOLIDAYS, type BankHoliday } from './england-and-wales-bank-holidays';
import { formatDayMonth, fromDayNumber, toDayNumber, ukLongDate, weekdayOf, yearOf, type IsoDate } from './iso-date';

/**
 * Thrown for a day outside the years the calendar knows (1970 to 2200): a caller's date, never a
 * guess. The API answers it as BAD_USER_INPUT.
 */
export class CalendarCoverageError extends Error {
  constructor(
    readonly date: IsoDate,
    firstYear: number,
    lastYear: number,
  ) {
    super(`${date} is outside the working-day calendar, which covers ${firstYear}-01-01 to ${lastYear}-12-31.`);
    this.name = 'CalendarCoverageError';
  }
}

export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface WorkingDayExplanation {
  result: IsoDate;
  /** Bank holidays passed over on the way (weekends are not listed). */
  skipped: SkippedDay[];
  /** False when a day counted is in a year the government has not yet published holidays for. */
  confirmed: boolean;
  /**
   * e.g. "21 January 2025: 20 working days after 19 December 2024, skipping 25 Dec, 26 Dec and 1 Jan"; past the
   * published years it ends "(bank holidays after 2027 by the usual rules; not yet confirmed by the government)".
   */
  sentence: string;
}

export interface HolidayCalendarData {
  /** The bank holidays of one year from firstYear to lastYear. */
  holidaysOf: (year: number) => readonly BankHoliday[];
  firstYear: number;
  lastYear: number;
  /** The last year the government has published; later years come from the usual rules. */
  lastPublishedYear: number;
  source: string;
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Working days in England and Wales: not a Saturday or Sunday and not a bank holiday (which
 * includes Christmas Day, Boxing Day, Good Friday, substitute days and one-off days).
 */
export class WorkingDayCalendar {
  private readonly years = new Map<number, ReadonlyMap<IsoDate, BankHoliday>>();
  private readonly reasons = new Map<IsoDate, string | null>();
  private readonly firstDay: number;
  private readonly lastDay: number;
  private readonly lastPublishedDay: number;

  constructor(private readonly data: HolidayCalendarData) {
    this.firstDay = toDayNumber(`${data.firstYear}-01-01`);
    this.lastDay = toDayNumber(`${data.lastYear}-12-31`);
    this.lastPublishedDay = toDayNumber(`${data.lastPublishedYear}-12-31`);
  }

  get coverage(): { firstYear: number; lastYear: number; lastPublishedYear: number; source: string } {
    const { firstYear, lastYear, lastPublishedYear, source } = this.data;
    return { firstYear, lastYear, lastPublishedYear, source };
  }

  /** The bank holidays of a year, in date order. */
  holidaysIn(year: number): BankHoliday[] {
    this.assertCovered(`${String(year).padStart(4, '0')}-01-01`, toDayNumber(`${String(year).padStart(4, '0')}-01-01`));
    return [...this.holidayMap(year).values()];
  }

  /** False for a day in a year whose holidays come from the rules, not yet from the government. */
  isConfirmed(date: IsoDate): boolean {
    return toDayNumber(date) <= this.lastPublishedDay;
  }

  private holidayMap(year: number): ReadonlyMap<IsoDate, BankHoliday> {
    let map = this.years.get(year);
    if (map === undefined) {
      map = new Map(this.data.holidaysOf(year).map((holiday) => [holiday.date, holiday]));
      this.years.set(year, map);
    }
    return map;
  }

  private assertCovered(date: IsoDate, day: number): void {
    if (day < this.firstDay || day > this.lastDay) throw new CalendarCoverageError(date, this.data.firstYear, this.data.lastYear);
  }

  /** Why a date is not a working day ('Saturday', 'Sunday' or the holiday's name), or null. Remembered per day, as the report asks it for every meeting. */
  nonWorkingReason(date: IsoDate): string | null {
    const known = this.reasons.get(date);
    if (known !== undefined) return known;
    this.assertCovered(date, toDayNumber(date));
    const weekday = weekdayOf(date);
    const holiday = this.holidayMap(yearOf(date)).get(date);
    const reason =
      weekday === 'Saturday' || weekday === 'Sunday'
        ? weekday
        : holiday === undefined
          ? null
          : holiday.substitute === true
            ? `${holiday.title} (substitute day)`
            : holiday.title;
    this.reasons.set(date, reason);
    return reason;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.nonWorkingReason(date) === null;
  }

  /**
   * The n-th working day after `date` (which need not itself be a working day). With n = 0, the
   * date itself when it is a working day, otherwise the next working day.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    return this.explainAddWorkingDays(date, n).result;
  }

  explainAddWorkingDays(date: IsoDate, n: number): WorkingDayExplanation {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number of 0 or more (got ${n})`);
    const skipped: SkippedDay[] = [];
    let day = toDayNumber(date);
    let counted = 0;
    if (n === 0) day -= 1;
    while (counted < Math.max(n, 1)) {
      day += 1;
      const current = fromDayNumber(day);
      const reason = this.nonWorkingReason(current);
      if (reason === null) counted += 1;
      else if (reason !== 'Saturday' && reason !== 'Sunday') skipped.push({ date: current, reason });
    }
    const result = fromDayNumber(day);
    const unit = n === 1 ? 'working day' : 'working days';
    const skipping = skipped.length === 0 ? 'no bank holidays skipped' : `skipping ${listInWords(skipped.map((s) => formatDayMonth(s.date)))}`;
    const confirmed = this.isConfirmed(result);
    const note = confirmed ? '' : ` (bank holidays after ${this.data.lastPublishedYear} by the usual rules; not yet confirmed by the government)`;
    return { result, skipped, confirmed, sentence: `${ukLongDate(result)}: ${n} ${unit} after ${ukLongDate(date)}, ${skipping}${note}` };
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    if (end < start) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day += 1) {
      if (this.nonWorkingReason(fromDayNumber(day)) === null) count += 1;
    }
    return count;
  }
}

/**
 * The calendar every deadline in Heard uses, for 1970 to 2200: GOV.UK's published holidays for the
 * years it publishes (2018 to 2027 here; a test checks the rules give exactly these), the usual rules
 * with the proclaimed one-off changes for every other year.
 */
export function createEnglandAndWalesCalendar(): WorkingDayCalendar {
  return new WorkingDayCalendar({
    holidaysOf: (year) =>
      year >= BANK_HOLIDAY_SOURCE.firstYear && year <= BANK_HOLIDAY_SOURCE.lastYear
        ? ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((holiday) => yearOf(holiday.date) === year)
        : englandAndWalesBankHolidaysByRule(year),
    firstYear: BANK_HOLIDAY_RULE_YEARS.firstYear,
    lastYear: BANK_HOLIDAY_RULE_YEARS.lastYear,
    lastPublishedYear: BANK_HOLIDAY_SOURCE.lastYear,
    source: `${BANK_HOLIDAY_SOURCE.url} (${BANK_HOLIDAY_SOURCE.division}), then the usual rules`,
  });
}
