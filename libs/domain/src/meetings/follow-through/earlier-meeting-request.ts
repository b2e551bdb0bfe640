import type { IsoDate } from '../../calendar/iso-date';
import { deadlineStatus, type DeadlineStatus } from './deadline-status';

/** How the local authority answers an advocate's request for an earlier meeting. */
export const EARLIER_MEETING_ANSWERS = ['AGREED', 'DECLINED'] as const;
export type EarlierMeetingAnswer = (typeof EARLIER_MEETING_ANSWERS)[number];

export interface EarlierMeetingRequestState {
  answerDueBy: IsoDate;
  answeredOn: IsoDate | null;
  concernRaised: boolean;
}

/** Where the LA's answer stands: answered on time or late, awaited, or overdue. */
export function earlierMeetingAnswerStatus(request: EarlierMeetingRequestState, today: IsoDate): DeadlineStatus {
  return deadlineStatus(request.answerDueBy, request.answeredOn, today);
}

/**
 * Why the advocate may not raise a concern from the request yet, or null when they may: only an unanswered request
 * past its answer date, and only once.
 */
export function earlierMeetingConcernRefusal(request: EarlierMeetingRequestState, today: IsoDate): string | null {
  if (request.concernRaised) return 'A concern has already been raised about this request.';
  if (request.answeredOn !== null) return 'The local authority has answered this request.';
  if (earlierMeetingAnswerStatus(request, today) !== 'OVERDUE') return 'The local authority still has time to answer this request.';
  return null;
}
