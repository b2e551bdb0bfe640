import type { Routes } from '@angular/router';
import { PORTAL_AREAS } from '@heard/domain';
import type { Role } from '@heard/graphql-types';
import { roleGuard } from '../auth/auth.guards';

/** A feature's pages in each role's area of the portal (`/advocate`, `/la`, …): the roles without any are left out. */
export type AreaRoutes = Readonly<Partial<Record<Role, Routes>>>;

/**
 * One role's area: its address from libs/domain, guarded by role, holding every feature's pages for that role in
 * the order given (order only matters within a feature, e.g. `meetings/schedule` before `meetings/:id`).
 */
export function areaRoute(role: Role, features: readonly AreaRoutes[]): Routes[number] {
  return {
    path: PORTAL_AREAS[role],
    canMatch: [roleGuard([role])],
    children: features.flatMap((feature) => feature[role] ?? []),
  };
}
