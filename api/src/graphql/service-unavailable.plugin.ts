import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable';

/**
 * A response carrying SERVICE_UNAVAILABLE (formatGraphqlError gives it when the database cannot be
 * reached) is HTTP 503 with `Retry-After`, so clients, proxies and load balancers see an outage the
 * same way /health reports it, never a 200 or a 500.
 */
export function serviceUnavailablePlugin(retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
