import { ROLE_LABELS, ROLES } from '@heard/domain';
import type { Role } from '@heard/graphql-types';

export type { Role } from '@heard/graphql-types';

/** Every role, in the order they are listed to people (the list lives once, in libs/domain). */
export { ROLES };

/** Where each role lands after signing in, and where `/` takes them. */
export const ROLE_HOME_PATH: Readonly<Record<Role, string>> = {
  ADVOCATE: '/advocate',
  LA_MANAGER: '/la',
  COMMISSIONER_STAFF: '/commissioner',
  ADMIN: '/admin',
};

/** Each role in words, as shown to people. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = ROLE_LABELS;

export function homePathFor(role: Role): string {
  return ROLE_HOME_PATH[role];
}

export function roleLabel(role: Role): string {
  return ROLE_LABEL[role];
}
