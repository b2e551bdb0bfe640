import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ALLOW_METADATA, type Permission } from '../decorators/permission.metadata';
import { forbidden, unauthenticated } from '../exceptions/domain.exception';
import { type Caller, type GraphqlContext, type HttpRequestWithCaller, type RequestMeta, requestMetaFrom } from '../request/request-context';
import { CALLER_AUTHENTICATOR, type CallerAuthenticator } from './caller-authenticator';

/** The token of an `Authorization: Bearer …` value. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Authenticates the caller and checks the operation's declared roles. Applied by @Allow. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(CALLER_AUTHENTICATOR) private readonly sessions: CallerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.get<Permission | undefined>(ALLOW_METADATA, context.getHandler());
    if (permission === undefined) throw forbidden('This operation has no permission declaration.');
    if (permission.kind === 'public') return true;
    const { holder, authorization, meta } = callerHolder(context);
    const token = bearerToken(authorization);
    if (token === undefined) throw unauthenticated();
    holder.caller ??= await this.sessions.authenticate(token, meta);
    if (!permission.roles.includes(holder.caller.role)) throw forbidden();
    return true;
  }
}

/** Where the authenticated caller is kept (the GraphQL context, or the HTTP request) and the Authorization it came with. */
function callerHolder(context: ExecutionContext): { holder: { caller?: Caller }; authorization: string | undefined; meta: RequestMeta } {
  if (context.getType<string>() === 'http') {
    const req = context.switchToHttp().getRequest<HttpRequestWithCaller>();
    return { holder: req, authorization: req.headers.authorization, meta: requestMetaFrom(req) };
  }
  const gql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return { holder: gql, authorization: gql.connectionAuthorization ?? gql.req?.headers.authorization, meta: gql.meta };
}
