import { ukLongDate, type IsoDate } from '../../calendar/iso-date';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';
import { challengeDeadline, DEFAULT_CHALLENGE_WORKING_DAYS } from './working-day-deadlines';

/**
 * What became of a meeting's decision: a decision sticks unless the LA challenges it, with reasons, within the
 * challenge window. CHALLENGE_WINDOW_OPEN: the LA may still challenge it. AWAITING_IMPLEMENTATION: unchallenged, not
 * yet due. NOT_IMPLEMENTED: unchallenged and past its date without being done, so it is flagged and may be escalated.
 */
export type DecisionFollowThrough = 'IMPLEMENTED' | 'CHALLENGED' | 'CHALLENGE_WINDOW_OPEN' | 'AWAITING_IMPLEMENTATION' | 'NOT_IMPLEMENTED';

export interface DecisionFacts {
  heldOn: IsoDate;
  /** The date the decision is to be implemented by; null when the meeting set none. */
  implementBy: IsoDate | null;
  implementedOn: IsoDate | null;
  challengedOn: IsoDate | null;
}

export interface DecisionStanding {
  status: DecisionFollowThrough;
  challengeBy: IsoDate;
  /** One sentence, with UK dates. */
  sentence: string;
}

export function decisionFollowThrough(
  calendar: WorkingDayCalendar,
  decision: DecisionFacts,
  today: IsoDate,
  challengeWorkingDays: number = DEFAULT_CHALLENGE_WORKING_DAYS,
): DecisionStanding {
  const { dueBy: challengeBy } = challengeDeadline(calendar, decision.heldOn, challengeWorkingDays);
  const standing = (status: DecisionFollowThrough, sentence: string): DecisionStanding => ({ status, challengeBy, sentence });
  if (decision.challengedOn !== null) return standing('CHALLENGED', `Challenged by the local authority on ${ukLongDate(decision.challengedOn)}.`);
  if (decision.implementedOn !== null) return standing('IMPLEMENTED', `Implemented on ${ukLongDate(decision.implementedOn)}.`);
  if (today <= challengeBy) return standing('CHALLENGE_WINDOW_OPEN', `The local authority may challenge it until ${ukLongDate(challengeBy)}.`);
  if (decision.implementBy !== null && today > decision.implementBy) {
    return standing('NOT_IMPLEMENTED', `Not implemented by ${ukLongDate(decision.implementBy)}, and not challenged: it stands and can be escalated.`);
  }
  const by = decision.implementBy === null ? '' : ` by ${ukLongDate(decision.implementBy)}`;
  return standing('AWAITING_IMPLEMENTATION', `Not challenged, so it stands: to be implemented${by}.`);
}

/** Why the LA's challenge to a decision cannot be recorded (field and words), or null when it can. */
export function challengeProblem(
  calendar: WorkingDayCalendar,
  challenge: { heldOn: IsoDate; challengedOn: IsoDate; reasons: string },
  challengeWorkingDays: number = DEFAULT_CHALLENGE_WORKING_DAYS,
): { field: 'challengedOn' | 'reasons'; message: string } | null {
  if (challenge.reasons.trim() === '') return { field: 'reasons', message: 'Say why the local authority challenges this decision.' };
  if (challenge.challengedOn < challenge.heldOn) return { field: 'challengedOn', message: 'A decision cannot be challenged before the meeting that made it.' };
  const { dueBy } = challengeDeadline(calendar, challenge.heldOn, challengeWorkingDays);
  if (challenge.challengedOn > dueBy) {
    const window = `${challengeWorkingDays} working day${challengeWorkingDays === 1 ? '' : 's'} after the meeting on ${ukLongDate(challenge.heldOn)}`;
    return { field: 'challengedOn', message: `Too late to challenge: the window closed on ${ukLongDate(dueBy)}, ${window}.` };
  }
  return null;
}
