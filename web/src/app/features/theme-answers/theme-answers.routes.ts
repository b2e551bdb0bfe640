import type { AreaRoutes } from '../../core/routing/area-routes';

const list = () => import('./theme-requests.page').then((m) => m.ThemeRequestsPage);
const one = () => import('./theme-request.page').then((m) => m.ThemeRequestPage);

/** Themes the Commissioner puts to local authorities and providers: the Commissioner's list and form, the LA's list and answer. */
export const themeAnswerRoutes: AreaRoutes = {
  COMMISSIONER_STAFF: [
    { path: 'theme-requests', title: 'Themes put to local authorities and providers', loadComponent: list },
    { path: 'theme-requests/new', title: 'Put a theme', loadComponent: () => import('./put-theme.page').then((m) => m.PutThemePage) },
    { path: 'theme-requests/:id', title: 'A theme put by the Commissioner', loadComponent: one },
  ],
  LA_MANAGER: [
    { path: 'theme-requests', title: 'Themes to answer', loadComponent: list },
    { path: 'theme-requests/:id', title: 'A theme to answer', loadComponent: one },
  ],
};
