import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import type { ServerOptions, Context as WsContext } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { PinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { requestMetaFrom, type GraphqlContext } from '../common/request/request-context';
import type { AppConfig } from '../config/env.schema';
import { costLimitPlugin } from './cost-limit.plugin';
import { JitExecution } from './jit-execution';
import { formatGraphqlError } from './format-error';
import { inputCheckPlugin } from './input-check.plugin';
import { rateLimitedPlugin } from './rate-limited.plugin';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';
import { aliasLimitRule, depthLimitRule, fragmentLimitRule } from './limits';

type HttpContextInput = { req: Request; res: Response };
type WsContextInput = WsContext<Record<string, unknown>, { request?: Request }>;

function isHttp(input: HttpContextInput | WsContextInput): input is HttpContextInput {
  return 'req' in input && input.req !== undefined;
}

export function buildContext(input: HttpContextInput | WsContextInput): GraphqlContext {
  if (isHttp(input)) return { req: input.req, res: input.res, meta: requestMetaFrom(input.req) };
  const request = input.extra.request as Request;
  const authorization = input.connectionParams?.['authorization'];
  return {
    req: request,
    connectionAuthorization: typeof authorization === 'string' ? authorization : undefined,
    meta: { requestId: randomUUID(), clientAddress: request.socket?.remoteAddress ?? null },
  };
}

/** Nest's options for Apollo, plus the gateway (Nest's type leaves it out, but passes it on to Apollo Server). */
export type HeardGraphqlOptions = ApolloDriverConfig & { gateway: JitExecution['gateway'] };

/**
 * graphql-ws hooks that tie each socket to its session (SessionSockets). Nest's type names only some
 * hooks, but it passes every option on to graphql-ws's useServer, so onOperation arrives too.
 */
/** What graphql-ws's `ws` adapter (graphql-ws/use/ws, which Nest uses) passes as each connection's `extra`. */
export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

export function wsExtra(extra: unknown): WsExtra {
  if (typeof extra !== 'object' || extra === null || !('socket' in extra) || !('request' in extra)) {
    throw new Error('graphql-ws connection without the ws adapter’s socket and request');
  }
  return extra as WsExtra;
}

export type SubscriptionHooks = Pick<ServerOptions<Record<string, unknown> | undefined, unknown>, 'onConnect' | 'onClose' | 'onOperation'>;

/** A graphql-ws validation error without graphql-js's "Did you mean …?" (the same rule as Apollo's plugin). */
export function withoutSuggestions(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean(.+?)\?$/, '') };
}

export function graphqlOptions(config: AppConfig, logger: PinoLogger, jit = new JitExecution(), hooks: SubscriptionHooks = {}): HeardGraphqlOptions {
  const production = config.nodeEnv === 'production';
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    formatGraphqlError(formatted, error, (original) => logger.error({ err: original }, 'Unexpected GraphQL error'));
  return {
    path: '/graphql',
    // Built in memory; `npm run schema` writes api/schema.gql and a test keeps the two equal.
    autoSchemaFile: true,
    // Sorted in transformSchema below (Nest would sort only after it), so Apollo gets the sorted schema too.
    sortSchema: false,
    introspection: !production,
    // With introspection off, "Did you mean …?" in validation errors would still spell out the schema
    // (Apollo's DisableSuggestions plugin strips it). Subscriptions, validated by graphql-ws, get onError below.
    hideSchemaDetailsFromClientErrors: production,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Nest would reset every executed response to 200; inputCheckPlugin (bad input is a 400) and
    // serviceUnavailablePlugin (an unreachable database is a 503) and rateLimitedPlugin (a 429) decide.
    preserveHttpStatusForExecutionErrors: false,
    plugins: [
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // Strings that cannot be stored, and subscriptions over HTTP, are refused before anything runs.
      inputCheckPlugin(),
      costLimitPlugin(config.graphqlMaxCost),
      serviceUnavailablePlugin(),
      rateLimitedPlugin(),
      // Heard sends no cache hints; without this Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // The parser stops after GRAPHQL_MAX_TOKENS tokens (a GRAPHQL_PARSE_FAILED 400), so graphql-js's own
    // rules, some quadratic in the worst case, never see a large document. Ours are linear: each
    // fragment is measured once however often it is spread.
    parseOptions: { maxTokens: config.graphqlMaxTokens },
    validationRules: [fragmentLimitRule(config.graphqlMaxFragments), depthLimitRule(config.graphqlMaxDepth), aliasLimitRule(config.graphqlMaxAliases)],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        ...hooks,
        ...(production ? { onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => errors.map(withoutSuggestions) } : {}),
        // graphql-ws does not use Apollo's formatError: map subscription errors the same way.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors === undefined ? undefined : { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) },
      },
    },
    context: buildContext,
    formatError: format,
    // Queries and mutations run compiled by graphql-jit; see JitExecution.
    transformSchema: (schema: GraphQLSchema) => jit.captureSchema(lexicographicSortSchema(schema)),
    gateway: jit.gateway,
  };
}
