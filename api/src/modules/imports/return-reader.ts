import {
  checkEpisodeRow,
  checkHeaderRow,
  checkMissingRow,
  checkReviewRow,
  checkUascRow,
  DuplicateRows,
  type Episode,
  type FindingCode,
  type HeaderRow,
  type MissingRow,
  OPTIONAL_903_FILES,
  parse903Date,
  type RejectedEpisode,
  type ReviewRow,
  type Row,
  SSDA903_FILES,
  type Ssda903File,
  unstorableValue,
} from '@heard/domain';
import { readRows } from './csv-rows';

export interface Rejection {
  file: Ssda903File;
  rowNumber: number;
  column: string;
  /** The kind of finding, whatever the row's values: the summary groups by it. */
  code: FindingCode;
  /** The row's CHILD, when it has one that can be stored. */
  child: string | null;
  reason: string;
}

/** The row's child id, for the findings list; none when the row holds a value that cannot be stored. */
const childOf = (row: Row): string | null => {
  const child = (row['CHILD'] ?? '').trim();
  return child === '' || unstorableValue(row) !== null ? null : child;
};

export interface ChildReturn {
  header: HeaderRow;
  /** The header row's line. */
  row: number;
  /** Only what grouping into periods of care needs, to keep a large return small in memory. */
  episodes: Episode[];
  /** The child's episode rows rejected before grouping, to explain a period left without its continuation. */
  rejectedEpisodes: RejectedEpisode[];
  /** One per review date: a later row with the same date is skipped or rejected as a duplicate. */
  reviews: Array<Pick<ReviewRow, 'reviewedOn' | 'participation'> & { row: number }>;
  /** One per start date, from missing.csv (when given). */
  missing: Array<Omit<MissingRow, 'child'> & { row: number }>;
  /** Their row of uasc.csv (when given and they are in it). */
  uasc: { row: number; ceasedOn: string | null } | null;
}

/**
 * One copy of each value a return repeats (dates, codes): a large return names a few thousand dates and a few dozen
 * codes hundreds of thousands of times, and every child's records are held until they are imported.
 */
class SharedValues {
  private readonly values = new Map<string, string>();

  of(value: string): string;
  of(value: string | null): string | null;
  of(value: string | null): string | null {
    if (value === null) return null;
    const shared = this.values.get(value);
    if (shared !== undefined) return shared;
    this.values.set(value, value);
    return value;
  }
}

/** A child and a date as one key: joined into one flat string, as a concatenation would be a two-part string each key kept. */
const keyOf = (child: string, date: string): string => [child, date].join('\u0000');

/** The rows read from each file. */
export type RowsRead = Record<Ssda903File, number>;

export interface ReturnFiles {
  header: string;
  episodes: string;
  reviews: string;
  /** The optional files, when given. */
  missing?: string;
  uasc?: string;
}

/** The optional files given with a return (missing.csv, uasc.csv), in that order. */
export function optionalFilesOf(files: ReturnFiles): Array<{ file: (typeof OPTIONAL_903_FILES)[number]; path: string }> {
  return OPTIONAL_903_FILES.flatMap((file) => {
    const path = files[file];
    return path === undefined ? [] : [{ file, path }];
  });
}

/**
 * Reads and checks the files of a return (the three it always has, then missing.csv and uasc.csv when given), row by row, into each child's records. Every bad
 * row is a rejection with its file, line, column and reason (first of all a value that cannot be
 * stored, such as a NUL, which PostgreSQL would refuse); good rows are kept. Throws (refusing
 * the whole upload) only when a file is not a 903 file at all.
 */
export async function readReturn(
  files: ReturnFiles,
): Promise<{ children: Map<string, ChildReturn>; rejections: Rejection[]; skipped: Rejection[]; rowsRead: number; read: RowsRead }> {
  const children = new Map<string, ChildReturn>();
  const rejections: Rejection[] = [];
  const skipped: Rejection[] = [];
  const read: RowsRead = { header: 0, episodes: 0, reviews: 0, missing: 0, uasc: 0 };
  let rowsRead = 0;
  const shared = new SharedValues();
  const reject = (file: Ssda903File, rowNumber: number, row: Row, problem: { column: string; code: FindingCode; reason: string }) =>
    rejections.push({ file, rowNumber, column: problem.column, code: problem.code, child: childOf(row), reason: problem.reason });
  const duplicates = {
    header: new DuplicateRows(SSDA903_FILES.header, 'child'),
    episodes: new DuplicateRows(SSDA903_FILES.episodes, 'child and episode start date (DECOM)'),
    reviews: new DuplicateRows(SSDA903_FILES.reviews, 'child and review date'),
    missing: new DuplicateRows(SSDA903_FILES.missing, 'child and start'),
    uasc: new DuplicateRows(SSDA903_FILES.uasc, 'child'),
  };
  /** True when the row repeats an earlier one's key: skipped when the same, rejected when it conflicts. */
  const repeated = (file: Ssda903File, key: string, line: number, row: Row, keyColumn: string): boolean => {
    const verdict = duplicates[file].check(key, line, row);
    if (verdict.kind === 'SAME') skipped.push({ file, rowNumber: line, column: keyColumn, code: verdict.code, child: childOf(row), reason: verdict.reason });
    else if (verdict.kind === 'CONFLICT') reject(file, line, row, verdict);
    return verdict.kind !== 'FIRST';
  };

  for await (const rows of readRows(files.header, 'header')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      read.header += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('header', line, row, unstorable);
        continue;
      }
      if (shape !== null) {
        reject('header', line, row, { column: '', code: 'ROW_SHAPE', reason: shape });
        continue;
      }
      const checked = checkHeaderRow(row);
      if (!checked.ok) {
        reject('header', line, row, checked.problem);
        continue;
      }
      if (repeated('header', checked.value.child, line, row, 'CHILD')) continue;
      const { child, sex, dateOfBirth, ethnicity } = checked.value;
      const header = { child, sex: shared.of(sex), dateOfBirth: shared.of(dateOfBirth), ethnicity: shared.of(ethnicity) };
      children.set(child, { header, row: line, episodes: [], rejectedEpisodes: [], reviews: [], missing: [], uasc: null });
    }
  }
  for await (const rows of readRows(files.episodes, 'episodes')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      read.episodes += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('episodes', line, row, unstorable);
        continue;
      }
      if (shape !== null) {
        reject('episodes', line, row, { column: '', code: 'ROW_SHAPE', reason: shape });
        continue;
      }
      const checked = checkEpisodeRow(row);
      if (!checked.ok) {
        reject('episodes', line, row, checked.problem);
        children.get((row['CHILD'] ?? '').trim())?.rejectedEpisodes.push({ row: line, start: parse903Date(row['DECOM'] ?? '') });
        continue;
      }
      const child = children.get(checked.value.child);
      if (child === undefined) {
        reject('episodes', line, row, {
          column: 'CHILD',
          code: 'EPISODE_CHILD_NOT_IN_HEADER',
          reason: `Child ${checked.value.child} is not in the header file (or their header row was rejected).`,
        });
        continue;
      }
      if (repeated('episodes', keyOf(checked.value.child, checked.value.start), line, row, 'DECOM')) continue;
      const { start, end, rne, legalStatus, placement, reasonEnded } = checked.value;
      child.episodes.push({
        row: line,
        start: shared.of(start),
        end: shared.of(end),
        rne: shared.of(rne),
        legalStatus: shared.of(legalStatus),
        placement: shared.of(placement),
        reasonEnded: shared.of(reasonEnded),
      });
    }
  }
  for await (const rows of readRows(files.reviews, 'reviews')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      read.reviews += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('reviews', line, row, unstorable);
        continue;
      }
      if (shape !== null) {
        reject('reviews', line, row, { column: '', code: 'ROW_SHAPE', reason: shape });
        continue;
      }
      const id = (row['CHILD'] ?? '').trim();
      const child = children.get(id);
      if (child === undefined) {
        reject(
          'reviews',
          line,
          row,
          id === ''
            ? { column: 'CHILD', code: 'CHILD_MISSING', reason: 'The child id is missing.' }
            : { column: 'CHILD', code: 'REVIEW_CHILD_NOT_IN_HEADER', reason: `Review for child ${id}, who is not in the header file.` },
        );
        continue;
      }
      const checked = checkReviewRow(row, child.header.dateOfBirth);
      if (!checked.ok) {
        reject('reviews', line, row, checked.problem);
        continue;
      }
      if (repeated('reviews', keyOf(id, checked.value.reviewedOn), line, row, 'REVIEW')) continue;
      child.reviews.push({ row: line, reviewedOn: shared.of(checked.value.reviewedOn), participation: shared.of(checked.value.participation) });
    }
  }
  for (const { file, path } of optionalFilesOf(files)) {
    for await (const rows of readRows(path, file)) {
      for (const { line, row, shape } of rows) {
        rowsRead += 1;
        read[file] += 1;
        const unstorable = unstorableValue(row);
        if (unstorable !== null) {
          reject(file, line, row, unstorable);
          continue;
        }
        if (shape !== null) {
          reject(file, line, row, { column: '', code: 'ROW_SHAPE', reason: shape });
          continue;
        }
        const id = (row['CHILD'] ?? '').trim();
        const child = children.get(id);
        if (child === undefined) {
          const what = file === 'missing' ? 'Missing-from-care row' : 'UASC row';
          const code = file === 'missing' ? 'MISSING_CHILD_NOT_IN_HEADER' : 'UASC_CHILD_NOT_IN_HEADER';
          reject(
            file,
            line,
            row,
            id === ''
              ? { column: 'CHILD', code: 'CHILD_MISSING', reason: 'The child id is missing.' }
              : { column: 'CHILD', code, reason: `${what} for child ${id}, who is not in the header file.` },
          );
          continue;
        }
        if (file === 'missing') {
          const checked = checkMissingRow(row, child.header.dateOfBirth);
          if (!checked.ok) reject(file, line, row, checked.problem);
          else if (!repeated(file, keyOf(id, checked.value.start), line, row, 'MIS_START')) {
            const { kind, start, end } = checked.value;
            child.missing.push({ row: line, kind, start, end });
          }
          continue;
        }
        const checked = checkUascRow(row, child.header);
        if (!checked.ok) reject(file, line, row, checked.problem);
        else if (!repeated(file, id, line, row, 'CHILD')) child.uasc = { row: line, ceasedOn: checked.value.ceasedOn };
      }
    }
  }
  return { children, rejections, skipped, rowsRead, read };
}
