import { ukDate } from '../../shared/ui/uk-date';

/** `1 row`, `3 rows`: a count with its noun. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the "Offers of advocacy due" row says: "2 offers, due between 17 June 2025 and 19 June 2025". */
export function offersDueText(due: { count: number; earliest: string | null; latest: string | null }): string {
  if (due.count === 0 || due.earliest === null || due.latest === null) return 'None';
  const offers = counted(due.count, 'offer');
  return due.earliest === due.latest ? `${offers}, due on ${ukDate(due.earliest)}` : `${offers}, due between ${ukDate(due.earliest)} and ${ukDate(due.latest)}`;
}

/** Under a group's first rows: "and 4 more rows", or null when every row is shown. */
export function moreRowsText(count: number, shown: number): string | null {
  const more = count - shown;
  return more > 0 ? `and ${counted(more, 'more row', 'more rows')}` : null;
}

/** Where a group's rows are: "reviews.csv, column CHILD", or just the file for a problem with the whole row. */
export function groupPlace(file: string, column: string): string {
  return column === '' ? `${file}.csv` : `${file}.csv, column ${column}`;
}

/** What a screen reader hears as an import moves on: one sentence per status, nothing before the first. */
export function importAnnouncement(status: string | null): string {
  if (status === 'RUNNING') return 'Importing the return.';
  if (status === 'COMPLETED') return 'Import complete. The summary follows.';
  return status === 'FAILED' ? 'The import did not finish.' : '';
}
