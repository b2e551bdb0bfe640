import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';

export type ChildCommand = 'RECORD_PLACEMENT_CHANGE' | 'RECORD_LEFT_CARE';

/** Who records what happens to a child's period of care: the managers of the child's LA. */
export const CHILD_COMMAND_ROLES: CommandRoles<ChildCommand> = {
  RECORD_PLACEMENT_CHANGE: ['LA_MANAGER'],
  RECORD_LEFT_CARE: ['LA_MANAGER'],
};
export const CHILD_COMMANDS = Object.keys(CHILD_COMMAND_ROLES) as ChildCommand[];

export interface ChildCareState {
  /** The child's latest period of care is open. */
  inCare: boolean;
  /** The caller manages the child's local authority. */
  callerIsChildsLa: boolean;
}

export const NO_OPEN_PERIOD_TO_END = 'This child has no open period of care to end.';
export const NO_PLACEMENT_OUTSIDE_CARE = 'This child is not in care, so there is no placement to change.';

/** Why the child's record refuses the command now (the API answers CONFLICT with this), or null when it takes it. */
export function childCommandRefusal(child: Pick<ChildCareState, 'inCare'>, command: ChildCommand): string | null {
  if (child.inCare) return null;
  return command === 'RECORD_LEFT_CARE' ? NO_OPEN_PERIOD_TO_END : NO_PLACEMENT_OUTSIDE_CARE;
}

/** What this person may record about the child's care now: a change of placement or leaving care, while the child is in care. */
export function allowedChildCommands(child: ChildCareState, role: Role): ChildCommand[] {
  if (!child.callerIsChildsLa) return [];
  return permitted(CHILD_COMMAND_ROLES, role, (command) => childCommandRefusal(child, command) === null);
}
