import type { Routes } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

/**
 * "Who has seen this record" is the child's current advocate's and their LA's data protection officer's: the page
 * and the child's printable version, in each one's area.
 */
const pages: Routes = [
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
];

export const recordAccessHistoryRoutes: AreaRoutes = { ADVOCATE: pages, DATA_PROTECTION_OFFICER: pages };
