import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';

export type VisitCommand = 'SAVE_DRAFT' | 'SUBMIT';

/** Only advocates write visit reports. */
export const VISIT_COMMAND_ROLES: CommandRoles<VisitCommand> = {
  SAVE_DRAFT: ['ADVOCATE'],
  SUBMIT: ['ADVOCATE'],
};
export const VISIT_COMMANDS = Object.keys(VISIT_COMMAND_ROLES) as VisitCommand[];

export interface VisitState {
  status: 'DRAFT' | 'SUBMITTED';
  /** The caller is the advocate writing this report. */
  callerIsAuthor: boolean;
}

export const VISIT_ALREADY_SUBMITTED = 'This visit report has already been submitted.';

/** What this person may do with the visit report now: its author works on the draft until it is submitted. */
export function allowedVisitCommands(visit: VisitState, role: Role): VisitCommand[] {
  return permitted(VISIT_COMMAND_ROLES, role, () => visit.callerIsAuthor && visit.status === 'DRAFT');
}

/** A home's next visit report as the caller would work on it: the home's draft, or a new report when it has none. */
export interface NextVisitState {
  /** The caller is the advocate responsible for visiting the home, who alone writes its reports. */
  callerIsResponsible: boolean;
  /** Whose draft the home has, if any: another advocate's draft blocks a new one. */
  draft: 'NONE' | 'CALLERS' | 'ANOTHER_ADVOCATES';
}

/** What this person may do with the home's next visit report: start or resume it, and submit it. */
export function allowedNextVisitCommands(home: NextVisitState, role: Role): VisitCommand[] {
  return allowedVisitCommands({ status: 'DRAFT', callerIsAuthor: home.callerIsResponsible && home.draft !== 'ANOTHER_ADVOCATES' }, role);
}
