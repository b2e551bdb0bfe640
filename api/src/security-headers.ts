import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REPORT_STYLE } from '@heard/report';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config/env.schema';

/** The placeholder in web/src/index.html (`ngCspNonce`) that each portal page replaces with its own nonce. */
export const CSP_NONCE_PLACEHOLDER = 'HEARD_CSP_NONCE';

/** The report's inline stylesheet, as a CSP hash source: the only inline style the report page has. */
export const REPORT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(REPORT_STYLE, 'utf8').digest('base64')}'`;

/**
 * The report page's own policy (`/api/reports/:id/report.html`): nothing loads, its one stylesheet by hash,
 * and only the portal (same origin) may frame it.
 */
export const REPORT_CSP = `default-src 'none'; style-src ${REPORT_STYLE_SOURCE}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

/** HSTS: 180 days, this host only (no includeSubDomains, no preload: the organisation's other hosts are not ours to pin). */
export const HSTS_MAX_AGE_SECONDS = 15_552_000;

/** A fresh nonce per response, for the portal page's inline style and script (Angular's ngCspNonce). */
export function cspNonce(res: ServerResponse): string {
  const locals = (res as Response).locals as { cspNonce?: string };
  locals.cspNonce ??= randomBytes(16).toString('base64');
  return locals.cspNonce;
}

const nonceSource = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${cspNonce(res)}'`;

/**
 * The portal's policy. Scripts and styles from the portal's own files, plus the inline ones carrying this
 * page's nonce (the inlined critical CSS, Angular's loader for the full stylesheet, and every component
 * style Angular inserts: it reads the nonce from `<app-root ngCspNonce>`). The report is shown in a sandboxed
 * frame from a `blob:` URL, which inherits this policy, so its stylesheet is allowed by hash. `connect-src
 * 'self'` covers GraphQL over HTTP and graphql-ws on the same origin (CSP 3: 'self' matches ws:/wss: to the
 * same host). The portal itself is never framed.
 */
const PORTAL_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'", nonceSource],
  'style-src': ["'self'", nonceSource, REPORT_STYLE_SOURCE],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Everything else (GraphQL, downloads, health) is data, not a page: it may load nothing and be framed by nobody. */
const API_DIRECTIVES = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function isApiPath(path: string): boolean {
  return path === '/graphql' || path.startsWith('/graphql/') || path.startsWith('/api/') || path === '/health' || path.startsWith('/health/');
}

/**
 * Security headers on every response, with helmet. HSTS goes out on a request that arrived over HTTPS
 * (`req.secure`, which with TRUST_PROXY honours `X-Forwarded-Proto`) and, in production, on every response:
 * browsers ignore it over plain HTTP, and a production deployment is meant to be behind TLS.
 * Outside production `/graphql` has no CSP, so Apollo's sandbox (a page of inline script from Apollo's CDN)
 * keeps working; production has no sandbox, and `/graphql` gets the API policy.
 */
export function securityHeaders(config: AppConfig): (req: Request, res: Response, next: NextFunction) => void {
  const production = config.nodeEnv === 'production';
  const common = {
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  } as const;
  const portal = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: PORTAL_DIRECTIVES } });
  const api = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES } });
  const sandbox = helmet({ ...common, contentSecurityPolicy: false });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false, preload: false });
  return (req, res, next) => {
    const chosen = !isApiPath(req.path) ? portal : !production && req.path === '/graphql' ? sandbox : api;
    chosen(req, res, (error?: unknown) => {
      if (error !== undefined) return next(error);
      if (production || req.secure) return hsts(req, res, next);
      next();
    });
  };
}
