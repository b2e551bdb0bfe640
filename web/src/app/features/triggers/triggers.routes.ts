import type { AreaRoutes } from '../../core/routing/area-routes';

/** An LA manager records the trigger events that start advocacy. */
export const triggerRoutes: AreaRoutes = {
  LA_MANAGER: [
    { path: 'record-event', title: 'Record a trigger event', loadComponent: () => import('./record-trigger.page').then((m) => m.RecordTriggerPage) },
  ],
};
