import { type IsoDate, ukLongDate } from '../calendar/iso-date';
import { SHORT_BREAK_LEGAL_STATUSES } from './codes';
import type { FindingCode } from './finding-codes';

export interface Episode {
  row: number;
  start: IsoDate;
  end: IsoDate | null;
  rne: string;
  legalStatus: string;
  placement: string;
  reasonEnded: string | null;
}

/** A child's episode row that was rejected before grouping, with its start date when it could be read. */
export interface RejectedEpisode {
  row: number;
  start: IsoDate | null;
}

export interface PeriodOfCare {
  start: IsoDate;
  end: IsoDate | null;
  /** The latest episode's legal status and placement. */
  legalStatus: string;
  placement: string;
  reasonEnded: string | null;
  episodeRows: number[];
}

export interface EpisodeProblem {
  row: number;
  column: string;
  code: FindingCode;
  reason: string;
}

export interface PeriodsOfCare {
  periods: PeriodOfCare[];
  /** Rejected episodes (they overlap the one before). */
  problems: EpisodeProblem[];
  shortBreaks: number;
  /** The rows of the short breaks, which are skipped. */
  shortBreakRows: number[];
  /** Where Heard had to interpret the episodes, naming the rows (the episodes are imported). */
  warnings: EpisodeProblem[];
}

const X1 = 'X1';

/**
 * Groups a child's episodes into periods of care. Episodes are taken in start order; an episode
 * that starts before the previous one ended overlaps it and is rejected; short breaks (V3/V4) are
 * not care. A period starts with RNE S (or with the first episode, or after a gap) and continues
 * while each episode ended with X1 on the day the next began.
 *
 * X1 always continues the period, as its code says: when the next care episode does not begin
 * that day (or starts with RNE S), it still continues the period, and when there is no next one
 * (it was rejected, or is missing) the period is treated as open. Both are warnings naming the rows,
 * with the child's `rejected` episode rows that explain it.
 */
export function periodsOfCare(episodes: readonly Episode[], rejected: readonly RejectedEpisode[] = []): PeriodsOfCare {
  const sorted = [...episodes].sort((a, b) => a.start.localeCompare(b.start) || a.row - b.row);
  const problems: EpisodeProblem[] = [];
  const warnings: EpisodeProblem[] = [];
  const periods: PeriodOfCare[] = [];
  const shortBreakRows: number[] = [];
  const notAccepted: RejectedEpisode[] = [...rejected];
  let previous: Episode | null = null;
  let lastCare: Episode | null = null;
  for (const episode of sorted) {
    if (previous !== null && (previous.end === null || episode.start < previous.end)) {
      problems.push({
        row: episode.row,
        column: 'DECOM',
        code: 'EPISODE_OVERLAP',
        reason: `This episode starts on ${ukLongDate(episode.start)}, before the child's episode in row ${previous.row} ended (${previous.end === null ? 'still open' : ukLongDate(previous.end)}): episodes cannot overlap.`,
      });
      notAccepted.push({ row: episode.row, start: episode.start });
      continue;
    }
    previous = episode;
    if (SHORT_BREAK_LEGAL_STATUSES.includes(episode.legalStatus)) {
      shortBreakRows.push(episode.row);
      continue;
    }
    const current = periods[periods.length - 1];
    const joinedSameDay = lastCare?.end === episode.start && episode.rne !== 'S';
    if (current !== undefined && lastCare !== null && lastCare.reasonEnded === X1) {
      if (!joinedSameDay) warnings.push(continuedAcross(lastCare, episode, explaining(notAccepted, lastCare, episode)));
      Object.assign(current, { end: episode.end, legalStatus: episode.legalStatus, placement: episode.placement, reasonEnded: episode.reasonEnded });
      current.episodeRows.push(episode.row);
    } else {
      periods.push({
        start: episode.start,
        end: episode.end,
        legalStatus: episode.legalStatus,
        placement: episode.placement,
        reasonEnded: episode.reasonEnded,
        episodeRows: [episode.row],
      });
    }
    lastCare = episode;
  }
  const latest = periods[periods.length - 1];
  if (latest !== undefined && lastCare !== null && latest.reasonEnded === X1) {
    warnings.push(treatedAsOpen(lastCare, explaining(notAccepted, lastCare, null)));
    Object.assign(latest, { end: null, reasonEnded: null });
  }
  return { periods, problems, shortBreaks: shortBreakRows.length, shortBreakRows, warnings };
}

/** The child's rejected episode rows that could have continued `ended`: starting after it did (or on an unreadable date), and not after `next`. */
function explaining(rejected: readonly RejectedEpisode[], ended: Episode, next: Episode | null): number[] {
  return rejected
    .filter((r) => r.start === null || (r.start > ended.start && (next === null || r.start <= next.start)))
    .map((r) => r.row)
    .sort((a, b) => a - b);
}

function rowsRejected(rows: readonly number[]): string {
  return rows.length === 1 ? `episode row ${rows[0] ?? ''} was rejected` : `episode rows ${rows.join(', ')} were rejected`;
}

function treatedAsOpen(ended: Episode, rejected: readonly number[]): EpisodeProblem {
  const reason =
    rejected.length > 0
      ? `${capital(rowsRejected(rejected))}, so the period of care from row ${ended.row} (which ended X1: a new episode begins the same day) is treated as open.`
      : `The episode in row ${ended.row} ended X1 (a new episode begins the same day) on ${ukLongDate(ended.end ?? '')}, but the child has no later episode, so the period of care is treated as open.`;
  return { row: ended.row, column: 'REC', code: 'X1_TREATED_AS_OPEN', reason };
}

function continuedAcross(ended: Episode, next: Episode, rejected: readonly number[]): EpisodeProblem {
  const how =
    next.rne === 'S' ? `starts a new period (RNE S) on ${ukLongDate(next.start)}` : `starts on ${ukLongDate(next.start)}, not ${ukLongDate(ended.end ?? '')}`;
  const because = rejected.length > 0 ? `${capital(rowsRejected(rejected))}, and the` : 'The';
  return {
    row: ended.row,
    column: 'REC',
    code: 'X1_CONTINUED',
    reason: `${because} episode in row ${ended.row} ended X1 (a new episode begins the same day) but the next, row ${next.row}, ${how}: the period of care is treated as continuing into it.`,
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
