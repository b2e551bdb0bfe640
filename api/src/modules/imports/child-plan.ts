import { childWithoutCareWarning, type HeaderRow, type MissingRow, type PeriodOfCare, periodsOfCare } from '@heard/domain';
import type { ChildReturn, Rejection } from './return-reader';

/** Where a meeting recorded from a 903 review is said to have been held; with the date, it keys the meeting. */
export const REVIEW_PLACE = 'Review recorded in the SSDA903 return';

/** What one child's rows say, worked out in Node before anything is written. */
export interface ChildPlan {
  ref: string;
  header: HeaderRow;
  periods: PeriodOfCare[];
  latest: PeriodOfCare | undefined;
  shortBreaks: number;
  /** One per review date (a later row with the same date was reported as a duplicate as it was read). */
  reviews: Array<{ reviewedOn: string; participation: string }>;
  /** The child's missing-from-care episodes in start order, or null when the return has no missing.csv (Heard's are left as they are). */
  missing: Array<Omit<MissingRow, 'child'>> | null;
  /** Whether the child is UASC and since when they are not, or null when the return has no uasc.csv (left as Heard holds it). */
  uasc: { uasc: boolean; ceasedOn: string | null } | null;
  rejections: Rejection[];
  /** Short breaks, which are not care. */
  skipped: Rejection[];
  /** Where Heard interpreted the child's rows (imported all the same). */
  warnings: Rejection[];
  /** The rows imported when the child is: their header row, each episode in a period, each review. */
  importedRows: Array<Pick<Rejection, 'file' | 'rowNumber'>>;
}

export interface ChildOutcome {
  childId: string;
  created: boolean;
  changed: boolean;
  periods: number;
  assigned: boolean;
  queued: boolean;
  assignmentEnded: boolean;
  meetings: number;
  shortBreaks: number;
  rejections: Rejection[];
  skipped: Rejection[];
  warnings: Rejection[];
  importedRows: ChildPlan['importedRows'];
}

/** Which optional files the return has: a child's missing episodes and UASC status change only from a file given. */
export interface OptionalFilesGiven {
  missing: boolean;
  uasc: boolean;
}

export function planChild(ref: string, data: ChildReturn, given: OptionalFilesGiven): ChildPlan {
  const grouped = periodsOfCare(data.episodes, data.rejectedEpisodes);
  const withoutCare = childWithoutCareWarning(ref, grouped.periods.length, grouped.shortBreaks, data.reviews.length);
  const finding = (file: Rejection['file'], p: { row: number; column: string; code: Rejection['code']; reason: string }): Rejection => ({
    file,
    rowNumber: p.row,
    column: p.column,
    code: p.code,
    child: ref,
    reason: p.reason,
  });
  const warnings = grouped.warnings.map((w) => finding('episodes', w));
  if (withoutCare !== null) warnings.push(finding('header', { row: data.row, column: 'CHILD', code: 'CHILD_WITHOUT_CARE', reason: withoutCare }));
  return {
    ref,
    header: data.header,
    periods: grouped.periods,
    latest: grouped.periods[grouped.periods.length - 1],
    shortBreaks: grouped.shortBreaks,
    reviews: data.reviews.map((r) => ({ reviewedOn: r.reviewedOn, participation: r.participation })),
    missing: given.missing ? [...data.missing].sort((a, b) => a.start.localeCompare(b.start)).map(({ kind, start, end }) => ({ kind, start, end })) : null,
    uasc: given.uasc ? { uasc: data.uasc !== null, ceasedOn: data.uasc?.ceasedOn ?? null } : null,
    rejections: grouped.problems.map((p) => finding('episodes', p)),
    skipped: grouped.shortBreakRows.map((row) =>
      finding('episodes', { row, column: 'LS', code: 'SHORT_BREAK', reason: 'A short break (legal status V3 or V4) is not a period of care: skipped.' }),
    ),
    warnings,
    importedRows: [
      { file: 'header', rowNumber: data.row },
      ...grouped.periods.flatMap((p) => p.episodeRows.map((rowNumber) => ({ file: 'episodes' as const, rowNumber }))),
      ...data.reviews.map((r) => ({ file: 'reviews' as const, rowNumber: r.row })),
      ...data.missing.map((m) => ({ file: 'missing' as const, rowNumber: m.row })),
      ...(data.uasc === null ? [] : [{ file: 'uasc' as const, rowNumber: data.uasc.row }]),
    ],
  };
}
