import { isIsoDate, ukLongDate, type IsoDate } from '../calendar/iso-date';

/** The dates a field accepts: real calendar dates from `from` (inclusive) to `before` (exclusive). */
export interface DateRange {
  from: IsoDate;
  before: IsoDate;
}

/**
 * Sane ranges for dates people enter. A child's date of birth is no earlier than 1900; events Heard records
 * (a concern raised, a meeting held, a child entering care, a due date) no earlier than 2000. Nothing is
 * on or after 2200. Whether a date may be in the future depends on the field and today's date, so the
 * services check that (see `assertPastOrToday`).
 */
export const DATE_RANGES = {
  dateOfBirth: { from: '1900-01-01', before: '2200-01-01' },
  event: { from: '2000-01-01', before: '2200-01-01' },
} as const satisfies Record<string, DateRange>;

export type DateRangeName = keyof typeof DATE_RANGES;

/**
 * Why `value` is not an acceptable date for the range, as the end of a sentence that starts with the
 * field's label, or null when it is: `must be a real date in the form YYYY-MM-DD (you entered "2026-02-30")`,
 * `must be on or after 1 January 2000`, `must be before 1 January 2200`.
 */
export function dateProblem(value: string, range: DateRange): string | null {
  if (!isIsoDate(value)) return `must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(shortened(value))})`;
  if (value < range.from) return `must be on or after ${ukLongDate(range.from)}`;
  if (value >= range.before) return `must be before ${ukLongDate(range.before)}`;
  return null;
}

/** At most 40 characters of what was sent, so a huge value never fills the message. */
function shortened(value: string): string {
  return value.length <= 40 ? value : `${value.slice(0, 40)}…`;
}
