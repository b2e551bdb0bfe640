import type { AreaRoutes } from '../../core/routing/area-routes';

/** "You said, we did" is the child's advocate's: their list per child, the outcome form and the child's printable page. */
export const youSaidWeDidRoutes: AreaRoutes = {
  ADVOCATE: [
    {
      path: 'children/:id/you-said-we-did',
      title: 'You said, we did',
      loadComponent: () => import('./you-said-we-did.page').then((m) => m.YouSaidWeDidPage),
    },
    {
      path: 'children/:id/you-said-we-did/print',
      title: 'You said, we did: printable page',
      loadComponent: () => import('./you-said-we-did-print.page').then((m) => m.YouSaidWeDidPrintPage),
    },
    {
      path: 'children/:id/you-said-we-did/:viewId',
      title: 'Set the outcome',
      loadComponent: () => import('./set-outcome.page').then((m) => m.SetOutcomePage),
    },
  ],
};
