import type { IsoDate } from '../calendar/iso-date';
import { SHORT_BREAK_LEGAL_STATUSES } from './codes';

export interface Episode {
  row: number;
  start: IsoDate;
  end: IsoDate | null;
  rne: string;
  legalStatus: string;
  placement: string;
  reasonEnded: string | null;
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
  reason: string;
}

/**
 * Groups a child's episodes into periods of care. Episodes are taken in start order; an episode
 * that starts before the previous one ended overlaps it and is rejected; short breaks (V3/V4) are
 * not care. A period starts with RNE S (or with the first episode, or after a gap) and continues
 * while each episode ended with X1 on the day the next began.
 */
export function periodsOfCare(episodes: readonly Episode[]): { periods: PeriodOfCare[]; problems: EpisodeProblem[]; shortBreaks: number } {
  const sorted = [...episodes].sort((a, b) => a.start.localeCompare(b.start) || a.row - b.row);
  const problems: EpisodeProblem[] = [];
  const periods: PeriodOfCare[] = [];
  let previous: Episode | null = null;
  let shortBreaks = 0;
  for (const episode of sorted) {
    if (previous !== null && (previous.end === null || episode.start < previous.end)) {
      problems.push({
        row: episode.row,
        column: 'DECOM',
        reason: `This episode starts on ${episode.start}, before the child's episode in row ${previous.row} ended (${previous.end ?? 'still open'}): episodes cannot overlap.`,
      });
      continue;
    }
    if (SHORT_BREAK_LEGAL_STATUSES.includes(episode.legalStatus)) {
      shortBreaks += 1;
      previous = episode;
      continue;
    }
    const current = periods[periods.length - 1];
    const continues =
      current !== undefined &&
      previous !== null &&
      !SHORT_BREAK_LEGAL_STATUSES.includes(previous.legalStatus) &&
      episode.rne !== 'S' &&
      previous.reasonEnded === 'X1' &&
      previous.end === episode.start;
    if (continues) {
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
    previous = episode;
  }
  return { periods, problems, shortBreaks };
}
