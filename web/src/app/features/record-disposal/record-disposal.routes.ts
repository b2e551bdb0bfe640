import type { AreaRoutes } from '../../core/routing/area-routes';

/** Retention that runs: the records due for disposal and the disposal register, in the data-protection pages. */
export const recordDisposalRoutes: AreaRoutes = {
  DATA_PROTECTION_OFFICER: [
    {
      path: 'records-due-for-disposal',
      title: 'Records due for disposal',
      loadComponent: () => import('./records-due-for-disposal.page').then((m) => m.RecordsDueForDisposalPage),
    },
    {
      path: 'disposal-register',
      title: 'Disposal register',
      loadComponent: () => import('./disposal-register.page').then((m) => m.DisposalRegisterPage),
    },
  ],
};
