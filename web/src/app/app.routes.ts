import type { Routes } from '@angular/router';
import { ROLES } from '@heard/domain';
import { redirectToHome } from './core/auth/auth.guards';
import { ShellComponent } from './core/layout/shell.component';
import { type AreaRoutes, areaRoute } from './core/routing/area-routes';
import { adminRoutes } from './features/admin/admin.routes';
import { assignmentRoutes } from './features/assignments/assignments.routes';
import { loginRoute } from './features/auth/auth.routes';
import { childrenRoutes } from './features/children/children.routes';
import { escalationRoutes } from './features/escalations/escalations.routes';
import { homeVisitRoutes } from './features/home-visits/home-visits.routes';
import { importRoutes } from './features/imports/imports.routes';
import { meetingRoutes } from './features/meetings/meetings.routes';
import { notFoundRoute } from './features/not-found/not-found.routes';
import { notificationsRoute } from './features/notifications/notifications.routes';
import { reportRoutes } from './features/reports/reports.routes';
import { triggerRoutes } from './features/triggers/triggers.routes';

/** Everyone but the administrator reads the annual report in their own area. */
const annualReportRoutes: AreaRoutes = { ADVOCATE: reportRoutes, LA_MANAGER: reportRoutes, COMMISSIONER_STAFF: reportRoutes };

/** Every feature's pages, each in the areas of the roles it serves (see each feature's `*.routes.ts`). */
const FEATURES: readonly AreaRoutes[] = [
  childrenRoutes,
  assignmentRoutes,
  adminRoutes,
  importRoutes,
  triggerRoutes,
  meetingRoutes,
  escalationRoutes,
  homeVisitRoutes,
  annualReportRoutes,
];

/**
 * Every page sits inside the shell (skip link, header, main landmark). Each role has its own area, at its address
 * from libs/domain and guarded by role; pages load lazily from their feature folder. The API enforces access as well.
 */
export const routes: Routes = [
  {
    path: '',
    component: ShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToHome },
      loginRoute,
      ...ROLES.map((role) => areaRoute(role, FEATURES)),
      notificationsRoute,
      notFoundRoute,
    ],
  },
];
