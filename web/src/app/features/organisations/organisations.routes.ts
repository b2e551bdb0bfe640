import type { AreaRoutes } from '../../core/routing/area-routes';

/** The administrator's organisation pages: LAs, providers and coverage, advocates, LA staff. */
export const organisationRoutes: AreaRoutes = {
  ADMIN: [
    { path: 'local-authorities', title: 'Local authorities', loadComponent: () => import('./local-authorities.page').then((m) => m.LocalAuthoritiesPage) },
    {
      path: 'local-authorities/:id/safeguarding-contact',
      title: 'Safeguarding contact',
      loadComponent: () => import('./safeguarding-contact.page').then((m) => m.SafeguardingContactPage),
    },
    { path: 'providers', title: 'Advocacy providers', loadComponent: () => import('./providers.page').then((m) => m.ProvidersPage) },
    { path: 'advocates', title: 'Advocates', loadComponent: () => import('./advocates.page').then((m) => m.AdvocatesPage) },
    { path: 'advocates/:id', title: 'Change an advocate', loadComponent: () => import('./advocate-edit.page').then((m) => m.AdvocateEditPage) },
    { path: 'la-staff', title: 'LA staff', loadComponent: () => import('./la-staff.page').then((m) => m.LaStaffPage) },
  ],
};
