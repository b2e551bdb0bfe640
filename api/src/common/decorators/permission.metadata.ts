import type { Role } from '@heard/domain';

/** The metadata key under which @Allow and @AllowPublic record an operation's permission. */
export const ALLOW_METADATA = 'heard:allow';

/** Who may call an operation: a list of roles, or `PUBLIC` for the few pre-sign-in operations. */
export type Permission = { kind: 'roles'; roles: readonly Role[] } | { kind: 'public' };
