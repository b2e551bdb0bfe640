import { portalHome, ROLE_LABELS } from '@heard/domain';
import type { Role } from '@heard/graphql-types';

export type { Role } from '@heard/graphql-types';

/** Where each role lands after signing in, and where `/` takes them (the addresses live once, in libs/domain). */
export function homePathFor(role: Role): string {
  return portalHome(role);
}

/** Each role in words, as shown to people. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
