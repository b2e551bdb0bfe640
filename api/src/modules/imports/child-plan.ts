import { type HeaderRow, type PeriodOfCare, periodsOfCare } from '@heard/domain';
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
  /** One per review date (the first row wins, as a second one would find the meeting already there). */
  reviews: Array<{ reviewedOn: string; participation: string }>;
  rejections: Rejection[];
}

export interface ChildOutcome {
  created: boolean;
  changed: boolean;
  periods: number;
  assigned: boolean;
  queued: boolean;
  assignmentEnded: boolean;
  meetings: number;
  shortBreaks: number;
  rejections: Rejection[];
}

export function planChild(ref: string, data: ChildReturn): ChildPlan {
  const grouped = periodsOfCare(data.episodes);
  const reviews = new Map<string, { reviewedOn: string; participation: string }>();
  for (const r of data.reviews) if (!reviews.has(r.reviewedOn)) reviews.set(r.reviewedOn, { reviewedOn: r.reviewedOn, participation: r.participation });
  return {
    ref,
    header: data.header,
    periods: grouped.periods,
    latest: grouped.periods[grouped.periods.length - 1],
    shortBreaks: grouped.shortBreaks,
    reviews: [...reviews.values()],
    rejections: grouped.problems.map((p) => ({ file: 'episodes', rowNumber: p.row, column: p.column, reason: p.reason })),
  };
}
