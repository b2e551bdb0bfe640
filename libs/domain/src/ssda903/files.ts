import type { IsoDate } from '../calendar/iso-date';

export const SSDA903_FILES = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  /** Optional: episodes when the child was missing, or away from placement without authorisation. */
  missing: ['CHILD', 'MISSING', 'MIS_START', 'MIS_END'],
  /** Optional: unaccompanied asylum-seeking children (DUC, the date they ceased to be one). */
  uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
} as const;
export type Ssda903File = keyof typeof SSDA903_FILES;

/** The files every return has: an upload without one of them is refused. */
export const REQUIRED_903_FILES = ['header', 'episodes', 'reviews'] as const;
/** The files a return may have: imported when given, and left as Heard holds them when not. */
export const OPTIONAL_903_FILES = ['missing', 'uasc'] as const;
export type Optional903File = (typeof OPTIONAL_903_FILES)[number];

/** Why a file's first line is not the 903 layout expected, or null. Column order may differ; names may not. */
export function headerProblem(file: Ssda903File, columns: readonly string[]): string | null {
  const expected: readonly string[] = SSDA903_FILES[file];
  const names = columns.map((c) => c.trim().toUpperCase());
  const missing = expected.filter((c) => !names.includes(c));
  const unknown = names.filter((c) => !expected.includes(c));
  if (missing.length === 0 && unknown.length === 0 && new Set(names).size === names.length) return null;
  const parts = [...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []), ...(unknown.length > 0 ? [`unexpected ${unknown.join(', ')}`] : [])];
  return `${file}.csv is not an SSDA903 ${file} file: expected the columns ${expected.join(',')}${parts.length > 0 ? ` (${parts.join('; ')})` : ' (a column is repeated)'}.`;
}

/**
 * A dd/mm/yyyy date as YYYY-MM-DD, or null when it is not a real date. Checked with arithmetic
 * rather than Date objects: a return has hundreds of thousands of dates.
 */
export function parse903Date(value: string): IsoDate | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Years before 100 are refused, as the rest of Heard's dates (toDayNumber) refuse them.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** YYYY-MM-DD as the return writes it, dd/mm/yyyy. */
export function format903Date(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
