import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../exceptions/domain.exception';
import type { Caller, GraphqlContext, RequestMeta } from '../request/request-context';

/** The verified caller of a role-guarded operation. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = GqlExecutionContext.create(context).getContext<GraphqlContext>().caller;
  if (caller === undefined) throw unauthenticated();
  return caller;
});

/** Request id and client address, for the audit trail. */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestMeta =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().meta,
);
