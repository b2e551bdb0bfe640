import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { Role } from '@heard/domain';
import { AccessGuard } from '../guards/access.guard';
import { ALLOW_METADATA, type Permission } from './permission.metadata';

export { ALLOW_METADATA, type Permission } from './permission.metadata';

/**
 * The one way to declare who may call a query, mutation or subscription: it records the
 * permission and applies authentication and the role check together, so neither can be
 * forgotten. Operations without it are refused by the global deny-by-default guard, and a test
 * fails the build if any operation in the schema lacks it.
 */
export function Allow(...roles: [Role, ...Role[]]): MethodDecorator {
  const permission: Permission = { kind: 'roles', roles };
  return applyDecorators(SetMetadata(ALLOW_METADATA, permission), UseGuards(AccessGuard));
}

/** For operations used before signing in (login, refreshSession, logout). */
export function AllowPublic(): MethodDecorator {
  const permission: Permission = { kind: 'public' };
  return applyDecorators(SetMetadata(ALLOW_METADATA, permission), UseGuards(AccessGuard));
}

export const ALL_ROLES: [Role, ...Role[]] = ['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER', 'DATA_PROTECTION_OFFICER'];
