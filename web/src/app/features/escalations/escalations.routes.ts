import type { Route } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

const concern: Route = { path: 'concerns/:id', title: 'Concern', loadComponent: () => import('./concern.page').then((m) => m.ConcernPage) };

/** Advocates raise concerns and follow their own, LA managers answer them, Commissioner staff see those escalated to them. */
export const escalationRoutes: AreaRoutes = {
  ADVOCATE: [
    { path: 'children/:id/raise-concern', title: 'Raise a concern', loadComponent: () => import('./raise-concern.page').then((m) => m.RaiseConcernPage) },
    {
      path: 'children/:id/raise-safeguarding-concern',
      title: 'Raise an immediate safeguarding concern',
      loadComponent: () => import('./raise-safeguarding.page').then((m) => m.RaiseSafeguardingPage),
    },
    { path: 'concerns', title: 'My concerns', loadComponent: () => import('./my-concerns.page').then((m) => m.MyConcernsPage) },
    concern,
  ],
  LA_MANAGER: [
    { path: 'concerns', title: 'Concerns awaiting our response', loadComponent: () => import('./concerns-awaiting.page').then((m) => m.ConcernsAwaitingPage) },
    concern,
  ],
  COMMISSIONER_STAFF: [
    { path: 'escalations', title: 'Escalations', loadComponent: () => import('./escalations.page').then((m) => m.EscalationsPage) },
    concern,
  ],
};
