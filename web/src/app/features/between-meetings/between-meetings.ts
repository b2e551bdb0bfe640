import type { DeadlineStatus, EarlierMeetingRequestFieldsFragment } from '@heard/graphql-types';
import { ukDate } from '../../shared/ui/uk-date';

/** How the LA's answer to a request stands, in words (with the tag's colour; the words carry the meaning). */
export const ANSWER_STATUS: Readonly<Record<DeadlineStatus, { label: string; tone: string }>> = {
  AWAITED: { label: 'Waiting for an answer', tone: 'yellow' },
  OVERDUE: { label: 'Overdue: not answered', tone: 'red' },
  ON_TIME: { label: 'Answered', tone: 'green' },
  LATE: { label: 'Answered late', tone: 'orange' },
};

/** Whether a meeting's record reached the attendees of a role in time, in words. */
export const SHARE_STATUS: Readonly<Record<DeadlineStatus, { label: string; tone: string }>> = {
  AWAITED: { label: 'Not shared yet', tone: 'yellow' },
  OVERDUE: { label: 'Overdue', tone: 'red' },
  ON_TIME: { label: 'Shared on time', tone: 'green' },
  LATE: { label: 'Shared late', tone: 'orange' },
};

/** The LA's answer in one sentence, or null while there is none. */
export function answerLine(request: Pick<EarlierMeetingRequestFieldsFragment, 'answer' | 'meetingOn' | 'answerReasons' | 'answeredOn'>): string | null {
  if (request.answer === null || request.answeredOn === null) return null;
  if (request.answer === 'AGREED') {
    const on = request.meetingOn === null ? '' : ` The meeting is on ${ukDate(request.meetingOn)}.`;
    return `Agreed on ${ukDate(request.answeredOn)}.${on}`;
  }
  return `Declined on ${ukDate(request.answeredOn)}: ${request.answerReasons ?? ''}`;
}

/** The open request, if any: a child has at most one at a time. */
export function openRequest<T extends { answer: unknown }>(requests: readonly T[]): T | null {
  return requests.find((r) => r.answer === null) ?? null;
}
