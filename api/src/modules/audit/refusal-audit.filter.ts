import { type ArgumentsHost, Catch, Injectable } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationOf } from '../../common/decorators/current-caller.decorator';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { GraphqlContext } from '../../common/request/request-context';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { refusedTarget } from './refused-target';
import { RefusalAudit } from './refusal-audit.service';

/**
 * Every GraphQL operation refused with FORBIDDEN or NOT_FOUND leaves an audit row (outcome REFUSED),
 * written outside the request's rolled-back transaction, so probing for children's records is
 * visible. The error itself still reaches the client unchanged.
 */
@Catch(DomainException)
@Injectable()
export class RefusalAuditFilter implements GqlExceptionFilter {
  constructor(
    private readonly refusals: RefusalAudit,
    private readonly http: HttpDomainExceptionFilter,
  ) {}

  async catch(exception: DomainException, host: ArgumentsHost): Promise<void> {
    // A REST route without a filter of its own answers (and audits) as the downloads do.
    if (host.getType<string>() === 'http') return this.http.catch(exception, host);
    if (host.getType<string>() === 'graphql' && RefusalAudit.isRefusal(exception)) {
      const gql = GqlArgumentsHost.create(host);
      const context = gql.getContext<GraphqlContext>();
      const info = gql.getInfo<GraphQLResolveInfo | undefined>();
      const target = refusedTarget(info?.fieldName ?? 'unknown', gql.getArgs<unknown>());
      await this.refusals.record(exception, context.caller ?? null, { ...context.meta, operation: operationOf(info) }, target);
    }
    throw exception;
  }
}
