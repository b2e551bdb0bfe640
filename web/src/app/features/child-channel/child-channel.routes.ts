import type { Route } from '@angular/router';

/** The child's own page, by its secret link: public, outside the portal's shell, loaded on its own. */
export const childChannelRoute: Route = {
  path: 'c/:token',
  title: 'Talk to your advocate',
  loadComponent: () => import('./child-channel.page').then((m) => m.ChildChannelPage),
};
