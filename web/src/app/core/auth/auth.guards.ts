import { inject } from '@angular/core';
import { Router, type CanMatchFn, type RedirectFunction, type UrlSegment, type UrlTree } from '@angular/router';
import type { Role } from '@heard/graphql-types';
import { homePathFor } from './roles';
import { SessionStore } from './session.store';

/** Only the given roles get past; a signed-in user with another role goes to their own home. */
export function roleGuard(roles: readonly Role[]): CanMatchFn {
  return (_route, segments) => {
    const user = inject(SessionStore).user();
    if (user === null) return signInFirst(segments);
    return roles.includes(user.role) ? true : inject(Router).parseUrl(homePathFor(user.role));
  };
}

/** The sign-in page is for signed-out users; a signed-in user goes to their home instead. */
export const signedOutGuard: CanMatchFn = () => {
  const user = inject(SessionStore).user();
  return user === null ? true : inject(Router).parseUrl(homePathFor(user.role));
};

/** `/` goes to the signed-in user's home, or to sign in. */
export const redirectToHome: RedirectFunction = () => {
  const user = inject(SessionStore).user();
  return user === null ? '/login' : homePathFor(user.role);
};

function signInFirst(segments: readonly UrlSegment[]): UrlTree {
  const returnUrl = `/${segments.map((segment) => segment.path).join('/')}`;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl } });
}
