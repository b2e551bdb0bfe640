import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { headerProblem, type Row, SSDA903_FILES, type Ssda903File } from '@heard/domain';
import { DomainException } from '../../common/exceptions/domain.exception';
import { csvRecords } from './csv-records';

export interface CsvRow {
  /** The line in the file (the column line is 1). */
  line: number;
  row: Row;
  /** Set when the row does not have the file's number of columns. */
  shape: string | null;
}

/**
 * The file is read this much at a time. A chunk's rows live until they are checked, across the garbage collector's young-generation
 * passes: small chunks let them die young instead of being promoted (which raised the import's peak memory by about 50 MB at 256 kB).
 */
const CHUNK_BYTES = 64 * 1024;

/**
 * Streams a 903 CSV file's rows as column → value records, a chunk of the file at a time. Refuses the file as a whole when it is
 * empty, is not CSV, or its first line is not the 903 layout; nothing has been written by then,
 * as every file is read through before an import changes anything.
 */
export async function* readRows(path: string, file: Ssda903File): AsyncGenerator<CsvRow[]> {
  if ((await stat(path)).size === 0)
    throw refused(`${file}.csv is empty: it needs the column line ${SSDA903_FILES[file].join(',')} and a row for each record.`);
  const chunks = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES }) as AsyncIterable<string>;
  let columns: string[] | null = null;
  try {
    for await (const records of csvRecords(chunks)) {
      const rows: CsvRow[] = [];
      for (const { values, line } of records) {
        if (columns === null) {
          const problem = headerProblem(file, values);
          if (problem !== null) throw refused(problem);
          columns = values.map((c) => c.trim().toUpperCase());
          continue;
        }
        rows.push({
          line,
          row: rowOf(columns, values),
          shape: values.length === columns.length ? null : `This row has ${values.length} values; the file has ${columns.length} columns.`,
        });
      }
      if (rows.length > 0) yield rows;
    }
  } catch (error: unknown) {
    if (error instanceof DomainException) throw error;
    throw refused(`${file}.csv could not be read as CSV (${error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 160) : 'unknown error'}).`);
  }
  if (columns === null) throw refused(`${file}.csv is empty: it needs the column line ${SSDA903_FILES[file].join(',')} and a row for each record.`);
}

function rowOf(columns: readonly string[], values: readonly string[]): Row {
  const row: Record<string, string> = {};
  for (let i = 0; i < columns.length; i += 1) row[columns[i] ?? ''] = values[i] ?? '';
  return row;
}

function refused(message: string): DomainException {
  return new DomainException('BAD_USER_INPUT', `The files were not imported: ${message}`, { field: 'files' });
}
