import type { AreaRoutes } from '../../core/routing/area-routes';

const page = () => import('./live-themes.page').then((m) => m.LiveThemesPage);

/** Themes through the year: every breakdown and the early warnings for Commissioner staff, an LA manager's own LA. */
export const liveThemesRoutes: AreaRoutes = {
  COMMISSIONER_STAFF: [{ path: 'themes', title: 'Themes through the year', loadComponent: page, data: { national: true } }],
  LA_MANAGER: [{ path: 'themes', title: 'Themes through the year', loadComponent: page, data: { national: false } }],
};
