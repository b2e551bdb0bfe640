import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { headerProblem, type Row, SSDA903_FILES, type Ssda903File } from '@heard/domain';
import { parse } from 'csv-parse';
import { DomainException } from '../../common/exceptions/domain.exception';

export interface CsvRow {
  /** The line in the file (the column line is 1). */
  line: number;
  row: Row;
  /** Set when the row does not have the file's number of columns. */
  shape: string | null;
}

/**
 * Streams a 903 CSV file's rows as column → value records. Refuses the file as a whole when it is
 * empty, is not CSV, or its first line is not the 903 layout; nothing has been written by then,
 * as every file is read through before an import changes anything.
 */
export async function* readRows(path: string, file: Ssda903File): AsyncGenerator<CsvRow> {
  if ((await stat(path)).size === 0) throw refused(`${file}.csv is empty: it needs the column line ${SSDA903_FILES[file].join(',')} and a row for each record.`);
  const parser = createReadStream(path).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }));
  let columns: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        const problem = headerProblem(file, record);
        if (problem !== null) throw refused(problem);
        columns = record.map((c) => c.trim().toUpperCase());
        continue;
      }
      const row: Record<string, string> = {};
      columns.forEach((column, i) => (row[column] = record[i] ?? ''));
      const shape = record.length === columns.length ? null : `This row has ${record.length} values; the file has ${columns.length} columns.`;
      yield { line: info.lines, row, shape };
    }
  } catch (error: unknown) {
    if (error instanceof DomainException) throw error;
    throw refused(`${file}.csv could not be read as CSV (${error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 160) : 'unknown error'}).`);
  }
  if (columns === null) throw refused(`${file}.csv is empty: it needs the column line ${SSDA903_FILES[file].join(',')} and a row for each record.`);
}

function refused(message: string): DomainException {
  return new DomainException('BAD_USER_INPUT', `The files were not imported: ${message}`, { field: 'files' });
}
