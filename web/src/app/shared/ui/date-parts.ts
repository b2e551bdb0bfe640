import { isIsoDate } from '@heard/domain';

/** A date as the three boxes of a GOV.UK date input hold it, each as typed (trimmed). */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const NO_PARTS: DateParts = { day: '', month: '', year: '' };

/** `2026-03-07` → `{ day: '7', month: '3', year: '2026' }`; anything that is not YYYY-MM-DD → empty boxes. */
export function partsOfIsoDate(value: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return NO_PARTS;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * The three boxes as one value for the form: '' when all are empty, YYYY-MM-DD when all are filled with numbers
 * (padded, whether or not the date is real, so `dateProblem` and the server can say so), otherwise what was typed,
 * joined, which is never a date and so never sent as one silently.
 */
export function isoDateOfParts(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `${year}-${month}-${day}`;
}

/**
 * What is wrong with a date field's value, in GOV.UK's words ("Date of birth must include a month", "Date of birth
 * must be a real date"), or null when it is empty (whether it is required is the form's rule) or a real date.
 */
export function dateProblem(label: string, value: string): string | null {
  if (value === '' || isIsoDate(value)) return null;
  const [year = '', month = '', day = ''] = value.split('-');
  const missing = [day === '' ? 'day' : null, month === '' ? 'month' : null, year === '' ? 'year' : null].filter((part) => part !== null);
  if (missing.length === 1) return `${label} must include a ${missing[0]}`;
  if (missing.length === 2) return `${label} must include a ${missing[0]} and ${missing[1]}`;
  if (!/^\d{4}$/.test(year)) return `${label}: the year must have 4 numbers, for example 2026`;
  return `${label} must be a real date`;
}
