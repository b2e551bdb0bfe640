import type { Route } from '@angular/router';

/** Any address the portal does not know. */
export const notFoundRoute: Route = {
  path: '**',
  title: 'Page not found',
  loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage),
};
