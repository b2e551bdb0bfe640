import { tooSmallToPublish } from '@heard/domain';
import { type Cell, isSuppressed, SUPPRESSED, type Table } from './model';

/**
 * Protects children in a table: primary suppression of counts from 1 to `threshold`, then
 * secondary suppression so that no suppressed count can be worked out: a column total over a
 * suppressed cell would reveal it by subtraction, so it is suppressed too; a rate, a median, and a
 * change on last year, built from a suppressed count are suppressed with it; and a share of a
 * suppressed total (which, with the count, would give the total back) is suppressed too.
 */
export function suppress(table: Table, threshold: number): Table {
  const rows = table.rows.map((row) => [...row]);
  const counts = table.columns.flatMap((c, i) => (c.kind === 'count' ? [i] : []));
  for (const row of rows) {
    for (const i of counts) {
      const value = row[i];
      if (typeof value === 'number' && tooSmallToPublish(value, threshold)) row[i] = SUPPRESSED;
    }
  }
  if (table.hasTotalRow && rows.length > 1) {
    const body = rows.slice(0, -1);
    const total = rows[rows.length - 1] ?? [];
    for (const i of counts) if (body.some((row) => isSuppressed(row[i] ?? null))) total[i] = SUPPRESSED;
  }
  table.columns.forEach((column, i) => {
    if (column.of !== undefined) {
      const [numerator, denominator] = column.of;
      for (const row of rows) if (isSuppressed(row[numerator] ?? null) || isSuppressed(row[denominator] ?? null)) row[i] = SUPPRESSED;
    }
    if (column.ofTotal !== undefined && table.hasTotalRow) {
      const of = column.ofTotal;
      const totalSuppressed = isSuppressed(rows[rows.length - 1]?.[of] ?? null);
      for (const row of rows) if (totalSuppressed || isSuppressed(row[of] ?? null)) row[i] = SUPPRESSED;
    }
    if (column.kind === 'change') {
      for (const row of rows) if (row.some((cell: Cell, j) => j !== i && table.columns[j]?.kind === 'count' && isSuppressed(cell))) row[i] = SUPPRESSED;
    }
  });
  return { ...table, rows };
}
