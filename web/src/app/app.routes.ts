import type { Routes } from '@angular/router';
import { ROLES } from '@heard/domain';
import { redirectToHome } from './core/auth/auth.guards';
import { ShellComponent } from './core/layout/shell.component';
import { areaRoute } from './core/routing/area-routes';
import { AREA_FEATURES } from './areas.routes';
import { loginRoute } from './features/auth/auth.routes';
import { childChannelRoute } from './features/child-channel/child-channel.routes';
import { notFoundRoute } from './features/not-found/not-found.routes';
import { notificationsRoute } from './features/notifications/notifications.routes';
import { setPasswordRoute } from './features/users/users.routes';

/**
 * Every page sits inside the shell (skip link, header, main landmark). Each role has its own area, at its address
 * from libs/domain and guarded by role; pages load lazily from their feature folder. The API enforces access as well.
 */
export const routes: Routes = [
  // The child's own page is the one page outside the shell: no account, no portal navigation.
  childChannelRoute,
  {
    path: '',
    component: ShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToHome },
      loginRoute,
      setPasswordRoute,
      ...ROLES.map((role) => areaRoute(role, AREA_FEATURES)),
      notificationsRoute,
      notFoundRoute,
    ],
  },
];
