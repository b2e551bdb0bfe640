import type { AreaRoutes } from '../../core/routing/area-routes';

/** An LA manager imports their LA's SSDA903 return. */
export const importRoutes: AreaRoutes = {
  LA_MANAGER: [{ path: 'import', title: 'Import your SSDA903 return', loadComponent: () => import('./import.page').then((m) => m.ImportPage) }],
};
