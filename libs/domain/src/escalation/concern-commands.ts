import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';
import { type ConcernStage, type ConcernStatus, isLaStage, stageIndex } from './stages';

/** Every step that may be recorded on a concern, in the order the portal offers them. */
export const CONCERN_COMMANDS = [
  'RESPOND',
  'ESCALATE',
  'RESOLVE',
  'WITHDRAW',
  'TRIAGE',
  'REQUEST_INFORMATION',
  'APPLY_TO_COURT',
  'RECORD_HEARING',
  'CHILD_ASKS_ADVOCATE_TO_ATTEND',
  'ADVOCATE_AT_HEARING',
  'ADD_EVIDENCE',
] as const;

export type ConcernCommandName = (typeof CONCERN_COMMANDS)[number];

/** What of a concern's state decides which steps come next (a `ConcernState` is one). */
export interface ConcernCommandState {
  stage: ConcernStage;
  status: ConcernStatus;
  respondedAtStage: boolean;
  informationDueOn: string | null;
  triaged: boolean;
}

/** Who may record each kind of step. */
export const COMMAND_ROLES: CommandRoles<ConcernCommandName> = {
  RESPOND: ['LA_MANAGER'],
  ESCALATE: ['ADVOCATE'],
  RESOLVE: ['ADVOCATE', 'COMMISSIONER_STAFF'],
  WITHDRAW: ['ADVOCATE'],
  TRIAGE: ['COMMISSIONER_STAFF'],
  REQUEST_INFORMATION: ['COMMISSIONER_STAFF'],
  APPLY_TO_COURT: ['COMMISSIONER_STAFF'],
  RECORD_HEARING: ['COMMISSIONER_STAFF'],
  CHILD_ASKS_ADVOCATE_TO_ATTEND: ['ADVOCATE'],
  ADVOCATE_AT_HEARING: ['ADVOCATE'],
  ADD_EVIDENCE: ['ADVOCATE'],
};

/** The caller's relation to the concern, where a rule needs it. */
export interface ConcernCaller {
  role: Role;
  /** For an advocate: they represent the child now (a former advocate may read the concern but not act on it). */
  currentAdvocate: boolean;
}

/** The LA responds once at each of its stages, or to the Commissioner's request for information. */
export function laMayRespond(state: ConcernCommandState): boolean {
  return isLaStage(state.stage) ? !state.respondedAtStage : state.informationDueOn !== null;
}

/** An advocate may move the concern up the ladder until it reaches the Children's Commissioner. */
export function mayEscalate(state: ConcernCommandState): boolean {
  return stageIndex(state.stage) < stageIndex('CHILDRENS_COMMISSIONER');
}

/** Commissioner staff resolve a concern only once it has reached the Children's Commissioner. */
export function commissionerMayResolve(state: ConcernCommandState): boolean {
  return stageIndex(state.stage) >= stageIndex('CHILDRENS_COMMISSIONER');
}

function available(state: ConcernCommandState, caller: ConcernCaller, command: ConcernCommandName): boolean {
  if (caller.role === 'ADVOCATE' && !caller.currentAdvocate) return false;
  switch (command) {
    case 'RESPOND':
      return laMayRespond(state);
    case 'ESCALATE':
      return mayEscalate(state);
    case 'RESOLVE':
      return caller.role !== 'COMMISSIONER_STAFF' || commissionerMayResolve(state);
    case 'WITHDRAW':
    case 'ADD_EVIDENCE':
      return true;
    case 'TRIAGE':
      return state.stage === 'CHILDRENS_COMMISSIONER' && !state.triaged;
    case 'REQUEST_INFORMATION':
      return state.stage === 'CHILDRENS_COMMISSIONER' && state.informationDueOn === null;
    case 'APPLY_TO_COURT':
      return state.stage === 'CHILDRENS_COMMISSIONER';
    case 'RECORD_HEARING':
    case 'CHILD_ASKS_ADVOCATE_TO_ATTEND':
    case 'ADVOCATE_AT_HEARING':
      return state.stage === 'COURT';
  }
}

/**
 * What this person may record next on the concern: exactly the steps `decide` accepts (given valid input).
 * The API returns it with the concern and the portal shows a form for each, so no page re-decides the ladder.
 */
export function allowedConcernCommands(state: ConcernCommandState, caller: ConcernCaller): ConcernCommandName[] {
  if (state.status !== 'OPEN') return [];
  return permitted(COMMAND_ROLES, caller.role, (command) => available(state, caller, command));
}
