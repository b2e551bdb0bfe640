import type { Route } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

function allocationOversight(path: string): Route {
  return { path, title: 'Allocation oversight', loadComponent: () => import('./allocation-oversight.page').then((m) => m.AllocationOversightPage) };
}

/** Allocation oversight is the Commissioner staff's home; administrators reach it from theirs. */
export const assignmentRoutes: AreaRoutes = {
  COMMISSIONER_STAFF: [allocationOversight('')],
  ADMIN: [allocationOversight('allocation')],
};
