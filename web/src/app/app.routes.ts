import type { Routes } from '@angular/router';
import { redirectToHome, roleGuard, signedOutGuard } from './core/auth/auth.guards';
import { ShellComponent } from './core/layout/shell.component';
import { homeVisitRoutes } from './features/home-visits/home-visits.routes';
import { reportRoutes } from './features/reports/reports.routes';

/**
 * Every page sits inside the shell (skip link, header, main landmark). Each role has its own area,
 * guarded by role; pages load lazily from their feature folder. The API enforces access as well.
 */
export const routes: Routes = [
  {
    path: '',
    component: ShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToHome },
      {
        path: 'login',
        title: 'Sign in',
        canMatch: [signedOutGuard],
        loadComponent: () => import('./features/auth/login.page').then((m) => m.LoginPage),
      },
      {
        path: 'advocate',
        canMatch: [roleGuard(['ADVOCATE'])],
        children: [
          {
            path: '',
            title: 'My children',
            loadComponent: () => import('./features/children/my-children.page').then((m) => m.MyChildrenPage),
          },
          {
            path: 'children/:id',
            title: 'Child',
            loadComponent: () => import('./features/children/child.page').then((m) => m.ChildPage),
          },
          {
            path: 'children/:id/card',
            title: 'My advocate card',
            loadComponent: () => import('./features/children/advocate-card.page').then((m) => m.AdvocateCardPage),
          },
          {
            path: 'meetings/:id',
            title: 'Meeting',
            loadComponent: () => import('./features/meetings/meeting.page').then((m) => m.MeetingPage),
          },
          {
            path: 'children/:id/raise-concern',
            title: 'Raise a concern',
            loadComponent: () => import('./features/escalations/raise-concern.page').then((m) => m.RaiseConcernPage),
          },
          {
            path: 'concerns',
            title: 'My concerns',
            loadComponent: () => import('./features/escalations/my-concerns.page').then((m) => m.MyConcernsPage),
          },
          {
            path: 'concerns/:id',
            title: 'Concern',
            loadComponent: () => import('./features/escalations/concern.page').then((m) => m.ConcernPage),
          },
          ...homeVisitRoutes('ADVOCATE'),
          ...reportRoutes,
        ],
      },
      {
        path: 'la',
        canMatch: [roleGuard(['LA_MANAGER'])],
        children: [
          {
            path: '',
            title: 'Children in your local authority',
            loadComponent: () => import('./features/children/la-children.page').then((m) => m.LaChildrenPage),
          },
          {
            path: 'import',
            title: 'Import your SSDA903 return',
            loadComponent: () => import('./features/imports/import.page').then((m) => m.ImportPage),
          },
          {
            path: 'record-event',
            title: 'Record a trigger event',
            loadComponent: () => import('./features/triggers/record-trigger.page').then((m) => m.RecordTriggerPage),
          },
          {
            path: 'children/:id',
            title: 'Child',
            loadComponent: () => import('./features/children/child.page').then((m) => m.ChildPage),
          },
          {
            path: 'children/:id/card',
            title: 'My advocate card',
            loadComponent: () => import('./features/children/advocate-card.page').then((m) => m.AdvocateCardPage),
          },
          {
            path: 'meetings',
            title: 'Meetings to chair',
            loadComponent: () => import('./features/meetings/meetings.page').then((m) => m.MeetingsPage),
          },
          {
            path: 'meetings/schedule',
            title: 'Schedule a meeting',
            loadComponent: () => import('./features/meetings/schedule-meeting.page').then((m) => m.ScheduleMeetingPage),
          },
          {
            path: 'meetings/:id',
            title: 'Meeting',
            loadComponent: () => import('./features/meetings/meeting.page').then((m) => m.MeetingPage),
          },
          {
            path: 'concerns',
            title: 'Concerns awaiting our response',
            loadComponent: () => import('./features/escalations/concerns-awaiting.page').then((m) => m.ConcernsAwaitingPage),
          },
          {
            path: 'concerns/:id',
            title: 'Concern',
            loadComponent: () => import('./features/escalations/concern.page').then((m) => m.ConcernPage),
          },
          ...homeVisitRoutes('OTHER'),
          ...reportRoutes,
        ],
      },
      {
        path: 'commissioner',
        canMatch: [roleGuard(['COMMISSIONER_STAFF'])],
        children: [
          {
            path: '',
            title: 'Allocation oversight',
            loadComponent: () =>
              import('./features/assignments/allocation-oversight.page').then((m) => m.AllocationOversightPage),
          },
          {
            path: 'escalations',
            title: 'Escalations',
            loadComponent: () => import('./features/escalations/escalations.page').then((m) => m.EscalationsPage),
          },
          {
            path: 'concerns/:id',
            title: 'Concern',
            loadComponent: () => import('./features/escalations/concern.page').then((m) => m.ConcernPage),
          },
          ...homeVisitRoutes('OTHER'),
          ...reportRoutes,
        ],
      },
      {
        path: 'notifications',
        title: 'Notifications',
        canMatch: [roleGuard(['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN'])],
        loadComponent: () => import('./features/notifications/notifications.page').then((m) => m.NotificationsPage),
      },
      {
        path: 'admin',
        canMatch: [roleGuard(['ADMIN'])],
        children: [
          {
            path: '',
            title: 'Platform administration',
            loadComponent: () =>
              import('./features/admin/platform-administration.page').then((m) => m.PlatformAdministrationPage),
          },
          {
            path: 'allocation',
            title: 'Allocation oversight',
            loadComponent: () =>
              import('./features/assignments/allocation-oversight.page').then((m) => m.AllocationOversightPage),
          },
          {
            path: 'users',
            title: 'Users',
            loadComponent: () => import('./features/users/users.page').then((m) => m.UsersPage),
          },
          {
            path: 'local-authorities',
            title: 'Local authorities',
            loadComponent: () =>
              import('./features/local-authorities/local-authorities.page').then((m) => m.LocalAuthoritiesPage),
          },
        ],
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./features/not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
