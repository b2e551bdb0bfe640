import { BANK_HOLIDAY_SOURCE, ENGLAND_AND_WALES_BANK_HOLIDAYS, type BankHoliday } from './england-and-wales-bank-holidays';
import { formatDayMonth, fromDayNumber, toDayNumber, weekdayOf, yearOf, type IsoDate } from './iso-date';

/** Thrown when a computation needs a date the holiday table does not cover: never guess. */
export class CalendarCoverageError extends Error {
  constructor(date: IsoDate, firstYear: number, lastYear: number, source: string) {
    super(
      `The working-day calendar covers ${firstYear}-01-01 to ${lastYear}-12-31, so it cannot tell whether ${date} is a working day. ` +
        `Add the bank holidays for ${yearOf(date)} from ${source} to libs/domain (england-and-wales-bank-holidays.ts).`,
    );
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
  /** e.g. "2025-01-21: 20 working days after 2024-12-19, skipping 25 Dec, 26 Dec and 1 Jan" */
  sentence: string;
}

export interface HolidayCalendarData {
  holidays: readonly BankHoliday[];
  firstYear: number;
  lastYear: number;
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
  private readonly holidays: ReadonlyMap<IsoDate, BankHoliday>;
  private readonly firstDay: number;
  private readonly lastDay: number;

  constructor(private readonly data: HolidayCalendarData) {
    this.holidays = new Map(data.holidays.map((holiday) => [holiday.date, holiday]));
    this.firstDay = toDayNumber(`${data.firstYear}-01-01`);
    this.lastDay = toDayNumber(`${data.lastYear}-12-31`);
  }

  get coverage(): { firstYear: number; lastYear: number; source: string } {
    return { firstYear: this.data.firstYear, lastYear: this.data.lastYear, source: this.data.source };
  }

  /** Why a date is not a working day ('Saturday', 'Sunday' or the holiday's name), or null. */
  nonWorkingReason(date: IsoDate): string | null {
    const day = toDayNumber(date);
    if (day < this.firstDay || day > this.lastDay) {
      throw new CalendarCoverageError(date, this.data.firstYear, this.data.lastYear, this.data.source);
    }
    const weekday = weekdayOf(date);
    if (weekday === 'Saturday' || weekday === 'Sunday') return weekday;
    const holiday = this.holidays.get(date);
    if (holiday === undefined) return null;
    return holiday.substitute === true ? `${holiday.title} (substitute day)` : holiday.title;
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
    const skipping =
      skipped.length === 0 ? 'no bank holidays skipped' : `skipping ${listInWords(skipped.map((s) => formatDayMonth(s.date)))}`;
    return { result, skipped, sentence: `${result}: ${n} ${unit} after ${date}, ${skipping}` };
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

/** The calendar every deadline in Heard uses. */
export function createEnglandAndWalesCalendar(): WorkingDayCalendar {
  return new WorkingDayCalendar({
    holidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
    firstYear: BANK_HOLIDAY_SOURCE.firstYear,
    lastYear: BANK_HOLIDAY_SOURCE.lastYear,
    source: `${BANK_HOLIDAY_SOURCE.url} (${BANK_HOLIDAY_SOURCE.division})`,
  });
}
