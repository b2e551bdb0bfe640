import type { Request, Response } from 'express';
import type { Role } from '@heard/domain';

/** Who is calling: set by the auth guard once the access token and session are verified. */
export interface Caller {
  userId: string;
  role: Role;
  sessionId: string;
  localAuthorityId: string | null;
  advocacyProviderId: string | null;
}

/** Per-request facts every service needs for access checks and the audit trail. */
export interface RequestMeta {
  requestId: string;
  clientAddress: string | null;
  /** What was asked, for the audit's "why": `query child`, `mutation raiseConcern`, `GET /api/reports/:id/report.pdf`. */
  operation?: string;
}

/** An HTTP (non-GraphQL) request, once the access guard has authenticated it. */
export type HttpRequestWithCaller = Request & { caller?: Caller };

export interface GraphqlContext {
  req: Request;
  res?: Response;
  caller?: Caller;
  /** For subscriptions: connectionParams.authorization from graphql-ws. */
  connectionAuthorization?: string;
  meta: RequestMeta;
}

export function requestMetaFrom(req: Request): RequestMeta {
  const id: unknown = req.id;
  return {
    requestId: typeof id === 'string' || typeof id === 'number' ? String(id) : 'unknown',
    clientAddress: req.ip ?? req.socket?.remoteAddress ?? null,
    operation: `${req.method} ${routeOf(req)}`,
  };
}

/** The route pattern (`/api/reports/:id/report.pdf`) once Express has matched one, else the path without its query. */
function routeOf(req: Request): string {
  const route: unknown = req.route;
  const pattern = typeof route === 'object' && route !== null && 'path' in route ? (route as { path: unknown }).path : undefined;
  return typeof pattern === 'string' ? `${req.baseUrl ?? ''}${pattern}` : (req.path ?? req.url ?? '');
}
