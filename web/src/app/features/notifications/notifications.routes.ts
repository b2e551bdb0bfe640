import type { Route } from '@angular/router';
import { ROLES } from '@heard/domain';
import { roleGuard } from '../../core/auth/auth.guards';

/** Every role has notifications, outside its own area. */
export const notificationsRoute: Route = {
  path: 'notifications',
  title: 'Notifications',
  canMatch: [roleGuard(ROLES)],
  loadComponent: () => import('./notifications.page').then((m) => m.NotificationsPage),
};
