import type { Caller, RequestMeta } from '../request/request-context';

/**
 * Turns a bearer access token into the signed-in caller, or throws UNAUTHENTICATED. Declared here so the
 * access guard does not import a feature; the auth module provides it (its sessions) under `CALLER_AUTHENTICATOR`.
 */
export interface CallerAuthenticator {
  authenticate(accessToken: string, meta?: RequestMeta): Promise<Caller>;
}

export const CALLER_AUTHENTICATOR = Symbol('CallerAuthenticator');
