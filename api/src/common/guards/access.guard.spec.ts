import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Allow, AllowPublic } from '../decorators/allow.decorator';
import type { Caller, GraphqlContext } from '../request/request-context';
import { AccessGuard } from './access.guard';
import type { CallerAuthenticator } from './caller-authenticator';
import { DenyByDefaultGuard } from './deny-by-default.guard';

class Operations {
  @Allow('ADMIN')
  adminOnly(): void {}

  @AllowPublic()
  open(): void {}

  undeclared(): void {}
}

const advocate: Caller = { userId: 'u1', role: 'ADVOCATE', sessionId: 's1', localAuthorityId: null, advocacyProviderId: 'p1' };

function contextFor(handler: () => void, authorization?: string): ExecutionContext {
  const gqlContext = { req: { headers: { authorization } }, meta: { requestId: 'r', clientAddress: null } } as unknown as GraphqlContext;
  const context = { getHandler: () => handler, getClass: () => Operations, getType: () => 'graphql' } as unknown as ExecutionContext;
  jest.spyOn(GqlExecutionContext, 'create').mockReturnValue({ getContext: () => gqlContext } as unknown as GqlExecutionContext);
  return context;
}

describe('access guard', () => {
  const sessions = { authenticate: jest.fn(async () => advocate) } as unknown as CallerAuthenticator;
  const guard = new AccessGuard(new Reflector(), sessions);
  const proto = Operations.prototype;

  it('refuses a role the operation does not allow with FORBIDDEN', async () => {
    await expect(guard.canActivate(contextFor(proto.adminOnly, 'Bearer token'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a caller without a bearer token with UNAUTHENTICATED', async () => {
    await expect(guard.canActivate(contextFor(proto.adminOnly))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets anyone call a public operation', async () => {
    await expect(guard.canActivate(contextFor(proto.open))).resolves.toBe(true);
  });

  it('refuses an operation without a declaration, in both guards', async () => {
    await expect(guard.canActivate(contextFor(proto.undeclared, 'Bearer token'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(() => new DenyByDefaultGuard(new Reflector()).canActivate(contextFor(proto.undeclared))).toThrow('This operation has no permission declaration.');
  });
});
