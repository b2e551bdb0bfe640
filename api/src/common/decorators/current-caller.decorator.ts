import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { unauthenticated } from '../exceptions/domain.exception';
import type { Caller, GraphqlContext, RequestMeta } from '../request/request-context';

/** The verified caller of a role-guarded operation. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = GqlExecutionContext.create(context).getContext<GraphqlContext>().caller;
  if (caller === undefined) throw unauthenticated();
  return caller;
});

/** Request id, client address and the operation asked for (`query child`), for the audit trail. */
export const CurrentRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => {
  const gql = GqlExecutionContext.create(context);
  return { ...gql.getContext<GraphqlContext>().meta, operation: operationOf(gql.getInfo<GraphQLResolveInfo | undefined>()) };
});

/** `query child`, `mutation raiseConcern`, `subscription concernUpdated`: the root field a resolver answers. */
export function operationOf(info: GraphQLResolveInfo | undefined): string | undefined {
  return info === undefined ? undefined : `${info.operation.operation} ${info.fieldName}`;
}
