import { HeaderMap, type GraphQLRequestContextWillSendResponse, type GraphQLRequestListener, type BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';

async function send(
  errors: GraphQLFormattedError[] | undefined,
  data: Record<string, unknown> | null = null,
): Promise<{ status: number | undefined; retryAfter: string | undefined }> {
  const plugin = serviceUnavailablePlugin();
  const listener = (await plugin.requestDidStart?.({} as never)) as GraphQLRequestListener<BaseContext>;
  const http = { status: undefined as number | undefined, headers: new HeaderMap() };
  const context = {
    response: { http, body: { kind: 'single', singleResult: { data, errors } } },
  } as unknown as GraphQLRequestContextWillSendResponse<BaseContext>;
  await listener.willSendResponse?.(context);
  return { status: http.status, retryAfter: http.headers.get('retry-after') };
}

describe('an outage answered over GraphQL', () => {
  it('is HTTP 503 with Retry-After when any error is SERVICE_UNAVAILABLE', async () => {
    expect(await send([{ message: 'm', extensions: { code: 'SERVICE_UNAVAILABLE' } }])).toEqual({ status: 503, retryAfter: '5' });
    expect(
      await send(
        [
          { message: 'x', extensions: { code: 'NOT_FOUND' } },
          { message: 'm', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
        { a: 1 },
      ),
    ).toEqual({ status: 503, retryAfter: '5' });
  });

  it('leaves every other response alone', async () => {
    expect(await send(undefined, { a: 1 })).toEqual({ status: undefined, retryAfter: undefined });
    expect(await send([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toEqual({ status: undefined, retryAfter: undefined });
  });
});
