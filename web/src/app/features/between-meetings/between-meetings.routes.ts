import type { AreaRoutes } from '../../core/routing/area-routes';

/** The LA manager's list of requests for an earlier meeting and of late meeting records; the rest sits on the child's and the meeting's pages. */
export const betweenMeetingsRoutes: AreaRoutes = {
  LA_MANAGER: [
    { path: 'earlier-meetings', title: 'Earlier meeting requests', loadComponent: () => import('./earlier-meetings.page').then((m) => m.EarlierMeetingsPage) },
  ],
};
