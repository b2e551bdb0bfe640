import { MISSING_KIND_LABELS } from '@heard/domain';
import type { MissingEpisodeKind } from '@heard/graphql-types';
import { ukDate } from '../../shared/ui/uk-date';

export interface UascFacts {
  uasc: boolean;
  uascCeasedOn: string | null;
  interpreterNeeded: boolean;
  firstLanguage: string | null;
}

/** The child page's line on their asylum status and interpreter need, or null when the child is not, and was not, UASC. */
export function uascLine(child: UascFacts): string | null {
  if (!child.uasc) return child.uascCeasedOn === null ? null : `Was an unaccompanied asylum-seeking child until ${ukDate(child.uascCeasedOn)}`;
  if (!child.interpreterNeeded) return 'Unaccompanied asylum-seeking child';
  const language = child.firstLanguage === null || child.firstLanguage.trim() === '' ? 'not recorded' : child.firstLanguage.trim();
  return `Unaccompanied asylum-seeking child · Interpreter needed (first language: ${language})`;
}

export interface MissingEpisodeFacts {
  kind: MissingEpisodeKind;
  startedOn: string;
  endedOn: string | null;
  days: number;
}

/** One missing-from-care episode in words: its kind, from–to (or still missing) and how many days. */
export function missingEpisodeLine(episode: MissingEpisodeFacts): string {
  const days = episode.days === 1 ? '1 day' : `${episode.days} days`;
  const when =
    episode.endedOn === null
      ? `from ${ukDate(episode.startedOn)}, still missing (${days} so far)`
      : episode.endedOn === episode.startedOn
        ? `${ukDate(episode.startedOn)} (${days})`
        : `${ukDate(episode.startedOn)} to ${ukDate(episode.endedOn)} (${days})`;
  return `${MISSING_KIND_LABELS[episode.kind]}: ${when}`;
}
