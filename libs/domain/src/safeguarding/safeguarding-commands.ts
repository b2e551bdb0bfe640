import type { CommandRoles } from '../commands/command-table';

/** The safeguarding fast path: an advocate raises, the LA's managers acknowledge, administrators name the LA's contact. */
export type SafeguardingCommand = 'RAISE' | 'VIEW_WAITING' | 'ACKNOWLEDGE' | 'VIEW_CONTACT' | 'SET_CONTACT';

export const SAFEGUARDING_COMMAND_ROLES: CommandRoles<SafeguardingCommand> = {
  RAISE: ['ADVOCATE'],
  VIEW_WAITING: ['LA_MANAGER'],
  ACKNOWLEDGE: ['LA_MANAGER'],
  VIEW_CONTACT: ['ADMIN'],
  SET_CONTACT: ['ADMIN'],
};
