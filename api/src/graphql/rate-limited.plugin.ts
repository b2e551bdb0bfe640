import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * A response carrying RATE_LIMITED (sign-in, the child's page) is HTTP 429, with `Retry-After` in whole seconds
 * when the error says how long (`extensions.retryAfterSeconds`), so clients and proxies see the limit as HTTP does.
 */
export function rateLimitedPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const limited = (response.body.singleResult.errors ?? []).find((error) => error.extensions?.['code'] === 'RATE_LIMITED');
          if (limited === undefined) return;
          response.http.status = 429;
          const seconds = limited.extensions?.['retryAfterSeconds'];
          if (typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0) response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
