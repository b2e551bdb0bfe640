import type { Route } from '@angular/router';
import { signedOutGuard } from '../../core/auth/auth.guards';

/** Signing in is for signed-out people; a signed-in user goes to their home instead. */
export const loginRoute: Route = {
  path: 'login',
  title: 'Sign in',
  canMatch: [signedOutGuard],
  loadComponent: () => import('./login.page').then((m) => m.LoginPage),
};
