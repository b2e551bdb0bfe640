import type { Route } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

/** User administration, in the administrator's area. */
export const userRoutes: AreaRoutes = {
  ADMIN: [
    { path: 'users', title: 'Users', loadComponent: () => import('./users.page').then((m) => m.UsersPage) },
    { path: 'users/invite', title: 'Invite a user', loadComponent: () => import('./invite-user.page').then((m) => m.InviteUserPage) },
    { path: 'users/:id', title: 'User', loadComponent: () => import('./user.page').then((m) => m.UserPage) },
  ],
};

/** Public: an invitation or password-reset link opens this, signed in or not. */
export const setPasswordRoute: Route = {
  path: 'set-password',
  title: 'Set your password',
  loadComponent: () => import('./set-password.page').then((m) => m.SetPasswordPage),
};
