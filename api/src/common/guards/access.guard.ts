import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { SessionsService } from '../../modules/auth/sessions.service';
import { ALLOW_METADATA, type Permission } from '../decorators/allow.decorator';
import { forbidden, unauthenticated } from '../exceptions/domain.exception';
import type { GraphqlContext } from '../request/request-context';

function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Authenticates the caller and checks the operation's declared roles. Applied by @Allow. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.get<Permission | undefined>(ALLOW_METADATA, context.getHandler());
    if (permission === undefined) throw forbidden('This operation has no permission declaration.');
    if (permission.kind === 'public') return true;
    const gqlContext = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const header = gqlContext.connectionAuthorization ?? gqlContext.req?.headers.authorization;
    const token = bearerToken(header);
    if (token === undefined) throw unauthenticated();
    gqlContext.caller ??= await this.sessions.authenticate(token);
    if (!permission.roles.includes(gqlContext.caller.role)) throw forbidden();
    return true;
  }
}
