import { HeaderMap, type GraphQLRequestContextWillSendResponse, type GraphQLRequestListener, type BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { rateLimitedPlugin } from './rate-limited.plugin';

async function send(errors: GraphQLFormattedError[] | undefined): Promise<{ status: number | undefined; retryAfter: string | undefined }> {
  const listener = (await rateLimitedPlugin().requestDidStart?.({} as never)) as GraphQLRequestListener<BaseContext>;
  const http = { status: undefined as number | undefined, headers: new HeaderMap() };
  const context = {
    response: { http, body: { kind: 'single', singleResult: { data: null, errors } } },
  } as unknown as GraphQLRequestContextWillSendResponse<BaseContext>;
  await listener.willSendResponse?.(context);
  return { status: http.status, retryAfter: http.headers.get('retry-after') };
}

describe('a rate-limited answer over GraphQL', () => {
  it('is HTTP 429 with Retry-After in whole seconds from the error', async () => {
    expect(await send([{ message: 'm', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }])).toEqual({ status: 429, retryAfter: '42' });
  });

  it('is 429 without Retry-After when the error does not say how long', async () => {
    expect(await send([{ message: 'm', extensions: { code: 'RATE_LIMITED' } }])).toEqual({ status: 429, retryAfter: undefined });
  });

  it('leaves every other response alone', async () => {
    expect(await send(undefined)).toEqual({ status: undefined, retryAfter: undefined });
    expect(await send([{ message: 'x', extensions: { code: 'NOT_FOUND' } }])).toEqual({ status: undefined, retryAfter: undefined });
  });
});
