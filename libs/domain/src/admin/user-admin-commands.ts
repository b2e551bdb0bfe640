import type { CommandRoles } from '../commands/command-table';
import type { Role } from '../roles';
import type { UserStatus } from './user-accounts';

/** What an administrator may do to a user's account (never to case content). */
export type UserAdminCommand = 'LIST' | 'INVITE' | 'CHANGE_ROLE' | 'DEACTIVATE' | 'REACTIVATE' | 'UNLOCK' | 'FORCE_PASSWORD_RESET';

/** Who administers users: administrators only. */
export const USER_ADMIN_COMMAND_ROLES: CommandRoles<UserAdminCommand> = {
  LIST: ['ADMIN'],
  INVITE: ['ADMIN'],
  CHANGE_ROLE: ['ADMIN'],
  DEACTIVATE: ['ADMIN'],
  REACTIVATE: ['ADMIN'],
  UNLOCK: ['ADMIN'],
  FORCE_PASSWORD_RESET: ['ADMIN'],
};

/** The commands on one account, as its page offers them: LIST and INVITE are not about one account. */
export type UserAccountCommand = Exclude<UserAdminCommand, 'LIST' | 'INVITE'>;

export interface UserAccountState {
  status: UserStatus;
  /** The account is the caller's own: an administrator cannot deactivate, demote or reset themself here. */
  isCaller: boolean;
}

export const CANNOT_CHANGE_OWN_ACCOUNT = 'You cannot do this to your own account. Ask another administrator.';

/** Why `command` cannot be done to the account now (the API answers CONFLICT with this), or null when it can. */
export function userAccountRefusal(state: UserAccountState, command: UserAccountCommand, displayName: string): string | null {
  const selfProtected: readonly UserAccountCommand[] = ['CHANGE_ROLE', 'DEACTIVATE', 'FORCE_PASSWORD_RESET'];
  if (state.isCaller && selfProtected.includes(command)) return CANNOT_CHANGE_OWN_ACCOUNT;
  const deactivated = state.status === 'DEACTIVATED';
  switch (command) {
    case 'CHANGE_ROLE':
    case 'FORCE_PASSWORD_RESET':
      return deactivated ? `${displayName}'s account is deactivated. Reactivate it first.` : null;
    case 'DEACTIVATE':
      return deactivated ? `${displayName}'s account is already deactivated.` : null;
    case 'REACTIVATE':
      return deactivated ? null : `${displayName}'s account is already active.`;
    case 'UNLOCK':
      return state.status === 'LOCKED' ? null : `${displayName}'s account is not locked.`;
  }
}

const ACCOUNT_COMMANDS: readonly UserAccountCommand[] = ['CHANGE_ROLE', 'DEACTIVATE', 'REACTIVATE', 'UNLOCK', 'FORCE_PASSWORD_RESET'];

/** What this person may do to the account now, in the table's order: exactly the buttons the server accepts. */
export function allowedUserAccountCommands(state: UserAccountState, role: Role): UserAccountCommand[] {
  return ACCOUNT_COMMANDS.filter((command) => USER_ADMIN_COMMAND_ROLES[command].includes(role) && userAccountRefusal(state, command, '') === null);
}
