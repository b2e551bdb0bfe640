import type { Ssda903File } from './files';

/** What became of one file's rows: every row read is imported, skipped (with its reason) or rejected. */
export interface FileTotals {
  file: Ssda903File;
  rowsRead: number;
  imported: number;
  skipped: number;
  rejected: number;
}

/** Null when the file's rows add up (read = imported + skipped + rejected), else what does not. */
export function unaccountedRows(totals: FileTotals): string | null {
  const accounted = totals.imported + totals.skipped + totals.rejected;
  if (accounted === totals.rowsRead) return null;
  return `${totals.file}.csv: ${totals.rowsRead} rows read but ${totals.imported} imported + ${totals.skipped} skipped + ${totals.rejected} rejected = ${accounted}.`;
}

/**
 * The warning for a child in the header with no period of care from this return (none of their
 * episodes was accepted, or they had only short breaks), with how many reviews were imported for
 * them; null when they have one.
 */
export function childWithoutCareWarning(child: string, periods: number, shortBreaks: number, reviews: number): string | null {
  if (periods > 0) return null;
  const why = shortBreaks > 0 ? 'only short breaks (legal status V3 or V4), which are not care,' : 'no episode that was accepted';
  const imported = reviews === 1 ? '1 review was imported' : `${reviews} reviews were imported`;
  return `Child ${child} has ${why} in episodes.csv, so no period of care was recorded for them; ${imported} for them.`;
}
