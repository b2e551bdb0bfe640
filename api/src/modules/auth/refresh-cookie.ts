import type { CookieOptions, Request, Response } from 'express';

export const REFRESH_COOKIE = 'heard_refresh';

function cookieOptions(req: Request, maxAgeMs: number): CookieOptions {
  return {
    httpOnly: true,
    secure: req.secure,
    sameSite: 'strict',
    path: '/graphql',
    maxAge: maxAgeMs,
  };
}

export function setRefreshCookie(req: Request, res: Response | undefined, token: string, maxAgeMs: number): void {
  res?.cookie(REFRESH_COOKIE, token, cookieOptions(req, maxAgeMs));
}

export function clearRefreshCookie(req: Request, res: Response | undefined): void {
  res?.clearCookie(REFRESH_COOKIE, { ...cookieOptions(req, 0), maxAge: undefined });
}

export function readRefreshCookie(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
