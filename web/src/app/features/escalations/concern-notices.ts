import type { ConcernFieldsFragment, ConcernStage } from '@heard/graphql-types';
import { ukDate } from '../../shared/ui/uk-date';
import { stageLabel } from './concern-labels';

/** What the success banner says after each step on a concern: what happened, then what comes next. */

const RESPONDERS: Readonly<Record<ConcernStage, string>> = {
  INFORMAL: 'The social worker',
  TEAM_MANAGER: 'The team manager',
  SERVICE_MANAGER: 'The service manager',
  DIRECTOR: "The director of children's services",
  CHILDRENS_COMMISSIONER: "The Children's Commissioner's staff",
  COURT: 'The court',
};

/** Who answers at the concern's stage now, and by when (the local authority's stages have a deadline). */
function whoAnswers(c: ConcernFieldsFragment): string {
  const who = RESPONDERS[c.stage];
  if (c.stage === 'CHILDRENS_COMMISSIONER') return `${who} will triage it next.`;
  return c.stageDeadline ? `${who} has until ${ukDate(c.stageDeadline)} to respond.` : `${who} will respond next.`;
}

export function raisedNotice(c: ConcernFieldsFragment): string {
  return `Concern raised with ${c.childName}'s social worker. ${whoAnswers(c)}`;
}

export function escalatedNotice(c: ConcernFieldsFragment): string {
  return `Concern escalated to ${stageLabel(c.stage)}. ${whoAnswers(c)}`;
}

export function noteNotice(confidential: boolean): string {
  return confidential
    ? "Note added to the concern's history. It is confidential: only advocates can see it."
    : "Note added to the concern's history. The local authority and the Children's Commissioner can see it.";
}

export function triageNotice(): string {
  return 'Triage recorded. Next, request information from the local authority, apply to court, or resolve the concern.';
}

export function informationRequestedNotice(c: ConcernFieldsFragment): string {
  return `Request sent to ${c.localAuthorityName}. They have until ${ukDate(c.informationDueOn)} to send the information.`;
}

export function respondedNotice(c: ConcernFieldsFragment): string {
  return c.stage === 'CHILDRENS_COMMISSIONER' || c.stage === 'COURT'
    ? "Information sent to the Children's Commissioner. Their staff will see it in the concern's history."
    : `Response sent for ${stageLabel(c.stage)}. The advocate will see it and may resolve the concern or escalate it.`;
}

export function closedNotice(resolved: boolean): string {
  return resolved
    ? 'Concern resolved. It is closed: nothing more can be recorded on it.'
    : "Concern withdrawn at the child's wish. It is closed: nothing more can be recorded on it.";
}

export function appliedToCourtNotice(court: string, caseNumber: string): string {
  return `Application to ${court} recorded, case number ${caseNumber}. Record each hearing on this page as it happens.`;
}

export function hearingNotice(hearingOn: string, advocate: boolean): string {
  return advocate
    ? `Your record of the hearing on ${ukDate(hearingOn)} is saved in the concern's history.`
    : `Hearing on ${ukDate(hearingOn)} recorded. Record the next hearing, or resolve the concern once the court has decided.`;
}

export function childCourtRequestNotice(): string {
  return "The child's request for you to attend court is recorded. The Children's Commissioner's staff will see it.";
}
