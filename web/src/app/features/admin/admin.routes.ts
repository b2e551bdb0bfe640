import type { AreaRoutes } from '../../core/routing/area-routes';

/** The administrator's home. */
export const adminRoutes: AreaRoutes = {
  ADMIN: [
    { path: '', title: 'Platform administration', loadComponent: () => import('./platform-administration.page').then((m) => m.PlatformAdministrationPage) },
  ],
};
