import { CONCERN_THEMES, concernsAddress, STAGE_LABELS, THEME_LABELS } from '@heard/domain';
import type { ConcernStage, ConcernStatus, ConcernTheme, Role } from '@heard/graphql-types';

export { CONCERN_THEMES };

export function stageLabel(stage: ConcernStage): string {
  return STAGE_LABELS[stage];
}

export function themeLabel(theme: ConcernTheme): string {
  return THEME_LABELS[theme];
}

export const STATUS_LABELS: Readonly<Record<ConcernStatus, string>> = { OPEN: 'Open', RESOLVED: 'Resolved', WITHDRAWN: 'Withdrawn' };

const EVENT_LABELS: Readonly<Record<string, string>> = {
  RAISED: 'Concern raised',
  RESPONDED: 'Local authority responded',
  ESCALATED: 'Escalated',
  DEADLINE_MISSED: 'Deadline missed',
  RESOLVED: 'Resolved',
  WITHDRAWN: 'Withdrawn at the child’s wish',
  NOTE: 'Note',
  TRIAGED: 'Triaged by the Children’s Commissioner',
  INFORMATION_REQUESTED: 'Information requested from the local authority',
  APPLIED_TO_COURT: 'Application to court',
  HEARING: 'Court hearing',
  CHILD_COURT_REQUEST: 'The child asked their advocate to attend court',
  ADVOCATE_AT_HEARING: 'Advocate at the hearing',
  SAFEGUARDING_RAISED: 'Immediate safeguarding concern raised',
  SAFEGUARDING_CONTACT_TOLD: 'Safeguarding contact told',
  SAFEGUARDING_ACKNOWLEDGED: 'Acknowledged by the local authority',
  SAFEGUARDING_NOT_ACKNOWLEDGED: 'Not acknowledged in time: director and Children’s Commissioner told',
};

export function eventLabel(kind: string): string {
  return EVENT_LABELS[kind] ?? kind;
}

/** Where a role's concern pages live. */
export function concernsBase(role: Role): string {
  return concernsAddress(role);
}
