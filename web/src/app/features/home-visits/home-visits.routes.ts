import type { Routes } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

/** The home-visit pages of a role's area; only advocates write visit reports. */
function homeVisitPages(role: 'ADVOCATE' | 'OTHER'): Routes {
  return [
    {
      path: 'homes',
      title: role === 'ADVOCATE' ? 'My homes' : "Children's homes",
      loadComponent: () => import('./homes.page').then((m) => m.HomesPage),
    },
    {
      path: 'homes/:id',
      title: "Children's home",
      loadComponent: () => import('./home.page').then((m) => m.HomePage),
    },
    ...(role === 'ADVOCATE'
      ? [{ path: 'homes/:id/visit', title: 'Visit report', loadComponent: () => import('./visit-report-form.page').then((m) => m.VisitReportFormPage) }]
      : []),
    {
      path: 'homes/:homeId/visits/:visitId',
      title: 'Visit report',
      loadComponent: () => import('./home-visit.page').then((m) => m.HomeVisitPage),
    },
  ];
}

/** Advocates visit the homes their children live in; LA managers and Commissioner staff read the reports. */
export const homeVisitRoutes: AreaRoutes = {
  ADVOCATE: homeVisitPages('ADVOCATE'),
  LA_MANAGER: homeVisitPages('OTHER'),
  COMMISSIONER_STAFF: homeVisitPages('OTHER'),
};
