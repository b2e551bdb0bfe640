import {
  checkEpisodeRow,
  checkHeaderRow,
  checkReviewRow,
  type Episode,
  type HeaderRow,
  type ReviewRow,
  type Ssda903File,
  unstorableValue,
} from '@heard/domain';
import { readRows } from './csv-rows';

export interface Rejection {
  file: Ssda903File;
  rowNumber: number;
  column: string;
  reason: string;
}

export interface ChildReturn {
  header: HeaderRow;
  /** Only what grouping into periods of care needs, to keep a large return small in memory. */
  episodes: Episode[];
  reviews: Array<Pick<ReviewRow, 'reviewedOn' | 'participation'>>;
}

export interface ReturnFiles {
  header: string;
  episodes: string;
  reviews: string;
}

/**
 * Reads and checks the three files of a return, row by row, into each child's records. Every bad
 * row is a rejection with its file, line, column and reason (first of all a value that cannot be
 * stored, such as a NUL, which PostgreSQL would refuse); good rows are kept. Throws (refusing
 * the whole upload) only when a file is not a 903 file at all.
 */
export async function readReturn(files: ReturnFiles): Promise<{ children: Map<string, ChildReturn>; rejections: Rejection[]; rowsRead: number }> {
  const children = new Map<string, ChildReturn>();
  const rejections: Rejection[] = [];
  let rowsRead = 0;
  const reject = (file: Ssda903File, rowNumber: number, column: string, reason: string) => rejections.push({ file, rowNumber, column, reason });

  for await (const rows of readRows(files.header, 'header')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('header', line, unstorable.column, unstorable.reason);
        continue;
      }
      if (shape !== null) {
        reject('header', line, '', shape);
        continue;
      }
      const checked = checkHeaderRow(row);
      if (!checked.ok) {
        reject('header', line, checked.problem.column, checked.problem.reason);
        continue;
      }
      if (children.has(checked.value.child)) {
        reject('header', line, 'CHILD', `Child ${checked.value.child} appears more than once in the header file.`);
        continue;
      }
      children.set(checked.value.child, { header: checked.value, episodes: [], reviews: [] });
    }
  }
  for await (const rows of readRows(files.episodes, 'episodes')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('episodes', line, unstorable.column, unstorable.reason);
        continue;
      }
      if (shape !== null) {
        reject('episodes', line, '', shape);
        continue;
      }
      const checked = checkEpisodeRow(row);
      if (!checked.ok) {
        reject('episodes', line, checked.problem.column, checked.problem.reason);
        continue;
      }
      const child = children.get(checked.value.child);
      if (child === undefined) {
        reject('episodes', line, 'CHILD', `Child ${checked.value.child} is not in the header file (or their header row was rejected).`);
        continue;
      }
      const { start, end, rne, legalStatus, placement, reasonEnded } = checked.value;
      child.episodes.push({ row: line, start, end, rne, legalStatus, placement, reasonEnded });
    }
  }
  for await (const rows of readRows(files.reviews, 'reviews')) {
    for (const { line, row, shape } of rows) {
      rowsRead += 1;
      const unstorable = unstorableValue(row);
      if (unstorable !== null) {
        reject('reviews', line, unstorable.column, unstorable.reason);
        continue;
      }
      if (shape !== null) {
        reject('reviews', line, '', shape);
        continue;
      }
      const id = (row['CHILD'] ?? '').trim();
      const child = children.get(id);
      if (child === undefined) {
        reject('reviews', line, 'CHILD', id === '' ? 'The child id is missing.' : `Review for child ${id}, who is not in the header file.`);
        continue;
      }
      const checked = checkReviewRow(row, child.header.dateOfBirth);
      if (!checked.ok) {
        reject('reviews', line, checked.problem.column, checked.problem.reason);
        continue;
      }
      child.reviews.push({ reviewedOn: checked.value.reviewedOn, participation: checked.value.participation });
    }
  }
  return { children, rejections, rowsRead };
}
