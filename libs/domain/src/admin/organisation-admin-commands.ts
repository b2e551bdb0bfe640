import type { CommandRoles } from '../commands/command-table';

/** What platform administration does to organisations, advocates and LA staff (never case content). */
export type OrganisationAdminCommand =
  | 'VIEW_LOCAL_AUTHORITIES'
  | 'CREATE_LOCAL_AUTHORITY'
  | 'RENAME_LOCAL_AUTHORITY'
  | 'CREATE_PROVIDER'
  | 'RENAME_PROVIDER'
  | 'SET_PROVIDER_COVERAGE'
  | 'VIEW_ADVOCATES'
  | 'UPDATE_ADVOCATE'
  | 'VIEW_LA_STAFF'
  | 'ADD_LA_STAFF'
  | 'UPDATE_LA_STAFF';

/** Who may issue each administration command: administrators only. */
export const ORGANISATION_ADMIN_COMMAND_ROLES: CommandRoles<OrganisationAdminCommand> = {
  VIEW_LOCAL_AUTHORITIES: ['ADMIN'],
  CREATE_LOCAL_AUTHORITY: ['ADMIN'],
  RENAME_LOCAL_AUTHORITY: ['ADMIN'],
  CREATE_PROVIDER: ['ADMIN'],
  RENAME_PROVIDER: ['ADMIN'],
  SET_PROVIDER_COVERAGE: ['ADMIN'],
  VIEW_ADVOCATES: ['ADMIN'],
  UPDATE_ADVOCATE: ['ADMIN'],
  VIEW_LA_STAFF: ['ADMIN'],
  ADD_LA_STAFF: ['ADMIN'],
  UPDATE_LA_STAFF: ['ADMIN'],
};
