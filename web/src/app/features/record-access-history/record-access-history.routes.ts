import type { AreaRoutes } from '../../core/routing/area-routes';

/** "Who has seen this record" is the child's current advocate's: the page and the child's printable version. */
export const recordAccessHistoryRoutes: AreaRoutes = {
  ADVOCATE: [
    {
      path: 'children/:id/who-has-seen',
      title: 'Who has seen this record',
      loadComponent: () => import('./record-access-history.page').then((m) => m.RecordAccessHistoryPage),
    },
    {
      path: 'children/:id/who-has-seen/print',
      title: 'Who has seen your record: printable page',
      loadComponent: () => import('./record-access-history-print.page').then((m) => m.RecordAccessHistoryPrintPage),
    },
  ],
};
