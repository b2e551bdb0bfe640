import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';

export type ChildViewCommand = 'WITHDRAW_SHARING';

/** Who may change what the local authority sees of a child's recorded view. */
export const CHILD_VIEW_COMMAND_ROLES: CommandRoles<ChildViewCommand> = {
  WITHDRAW_SHARING: ['ADVOCATE'],
};
export const CHILD_VIEW_COMMANDS = Object.keys(CHILD_VIEW_COMMAND_ROLES) as ChildViewCommand[];

export interface ChildViewState {
  /** The child agreed the local authority may see this view. */
  shareable: boolean;
  /** The child has since changed their mind and the sharing was withdrawn. */
  sharingWithdrawn: boolean;
}

/**
 * What this person may do with a child's view now: the child's current advocate withdraws the sharing of a
 * view that is still shared (once withdrawn, it stays withdrawn).
 */
export function allowedChildViewCommands(view: ChildViewState, caller: { role: Role; currentAdvocate: boolean }): ChildViewCommand[] {
  if (!caller.currentAdvocate) return [];
  return permitted(CHILD_VIEW_COMMAND_ROLES, caller.role, () => view.shareable && !view.sharingWithdrawn);
}
