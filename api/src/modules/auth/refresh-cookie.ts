import type { CookieOptions, Request, Response } from 'express';

export const REFRESH_COOKIE = 'heard_refresh';

/**
 * Whether the refresh cookie is `Secure`: whenever the request arrived over HTTPS (`req.secure`, which with
 * TRUST_PROXY=true honours the proxy's `X-Forwarded-Proto: https`), and in production always, because a
 * production deployment without TLS in front of it is misconfigured and must not send the cookie in clear.
 */
export function refreshCookieSecure(req: Request, production: boolean): boolean {
  return production || req.secure;
}

function cookieOptions(req: Request, production: boolean, maxAgeMs: number): CookieOptions {
  return {
    httpOnly: true,
    secure: refreshCookieSecure(req, production),
    sameSite: 'strict',
    path: '/graphql',
    maxAge: maxAgeMs,
  };
}

export function setRefreshCookie(req: Request, res: Response | undefined, token: string, maxAgeMs: number, production: boolean): void {
  res?.cookie(REFRESH_COOKIE, token, cookieOptions(req, production, maxAgeMs));
}

export function clearRefreshCookie(req: Request, res: Response | undefined, production: boolean): void {
  res?.clearCookie(REFRESH_COOKIE, { ...cookieOptions(req, production, 0), maxAge: undefined });
}

export function readRefreshCookie(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
