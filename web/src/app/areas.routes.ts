import type { AreaRoutes } from './core/routing/area-routes';
import { adminRoutes } from './features/admin/admin.routes';
import { assignmentRoutes } from './features/assignments/assignments.routes';
import { betweenMeetingsRoutes } from './features/between-meetings/between-meetings.routes';
import { childrenRoutes } from './features/children/children.routes';
import { dataProtectionRoutes } from './features/data-protection/data-protection.routes';
import { escalationRoutes } from './features/escalations/escalations.routes';
import { homeVisitRoutes } from './features/home-visits/home-visits.routes';
import { importRoutes } from './features/imports/imports.routes';
import { liveThemesRoutes } from './features/live-themes/live-themes.routes';
import { meetingRoutes } from './features/meetings/meetings.routes';
import { organisationRoutes } from './features/organisations/organisations.routes';
import { providerOversightRoutes } from './features/provider-oversight/provider-oversight.routes';
import { recordAccessHistoryRoutes } from './features/record-access-history/record-access-history.routes';
import { recordDisposalRoutes } from './features/record-disposal/record-disposal.routes';
import { reportRoutes } from './features/reports/reports.routes';
import { subjectAccessRoutes } from './features/subject-access/subject-access.routes';
import { recommendationAnswerRoutes } from './features/recommendation-answers/recommendation-answers.routes';
import { themeAnswerRoutes } from './features/theme-answers/theme-answers.routes';
import { triggerRoutes } from './features/triggers/triggers.routes';
import { userRoutes } from './features/users/users.routes';
import { youSaidWeDidRoutes } from './features/you-said-we-did/you-said-we-did.routes';

/** Everyone but the administrator reads the annual report in their own area. */
const annualReportRoutes: AreaRoutes = { ADVOCATE: reportRoutes, LA_MANAGER: reportRoutes, COMMISSIONER_STAFF: reportRoutes };

/** Every feature's pages, each in the areas of the roles it serves (see each feature's `*.routes.ts`). */
export const AREA_FEATURES: readonly AreaRoutes[] = [
  childrenRoutes,
  adminRoutes,
  userRoutes,
  organisationRoutes,
  assignmentRoutes,
  importRoutes,
  triggerRoutes,
  meetingRoutes,
  escalationRoutes,
  homeVisitRoutes,
  annualReportRoutes,
  youSaidWeDidRoutes,
  providerOversightRoutes,
  betweenMeetingsRoutes,
  recordAccessHistoryRoutes,
  dataProtectionRoutes,
  recordDisposalRoutes,
  subjectAccessRoutes,
  liveThemesRoutes,
  themeAnswerRoutes,
  recommendationAnswerRoutes,
];
