import type { Route } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

const meeting: Route = { path: 'meetings/:id', title: 'Meeting', loadComponent: () => import('./meeting.page').then((m) => m.MeetingPage) };
const childRecord: Route = {
  path: 'meetings/:id/child-record',
  title: 'Record for the child',
  loadComponent: () => import('./child-record.page').then((m) => m.ChildRecordPage),
};
const childRecordPrint: Route = {
  path: 'meetings/:id/child-record/print',
  title: 'Print the record for the child',
  loadComponent: () => import('./child-record-print.page').then((m) => m.ChildRecordPrintPage),
};

/** Advocates open the meetings of their children; LA managers also list and schedule the meetings they chair. */
export const meetingRoutes: AreaRoutes = {
  ADVOCATE: [meeting, childRecord, childRecordPrint],
  LA_MANAGER: [
    { path: 'meetings', title: 'Meetings to chair', loadComponent: () => import('./meetings.page').then((m) => m.MeetingsPage) },
    { path: 'meetings/schedule', title: 'Schedule a meeting', loadComponent: () => import('./schedule-meeting.page').then((m) => m.ScheduleMeetingPage) },
    meeting,
    childRecordPrint,
  ],
};
