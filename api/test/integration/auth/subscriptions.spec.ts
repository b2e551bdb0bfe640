import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

interface Received {
  data?: { sessionEvents?: { kind: string } } | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

function firstResult(client: Client): Promise<Received> {
  return new Promise((resolve, reject) => {
    const dispose = client.subscribe<{ sessionEvents: { kind: string } }>(
      { query: 'subscription { sessionEvents { kind at } }' },
      {
        next: (value) => {
          resolve(value as Received);
          dispose();
        },
        error: (error) => reject(error),
        complete: () => undefined,
      },
    );
  });
}

describe('subscriptions over graphql-ws on /graphql', () => {
  let api: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.close();
  });

  function wsClient(token: string | undefined): Client {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  it('delivers a SIGNED_OUT event to the signed-in user when their session ends', async () => {
    const browser = api.client();
    await browser.login(DEMO.advocate, DEMO.password);
    const events = firstResult(wsClient(browser.accessToken));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await browser.request('mutation { logout }');
    await expect(events).resolves.toEqual({ data: { sessionEvents: { kind: 'SIGNED_OUT', at: expect.any(String) } } });
  });

  it('refuses a subscription without a token', async () => {
    const result = await firstResult(wsClient(undefined)).catch((errors: unknown) => ({ errors }) as Received);
    const errors = (result.errors ?? []) as ReadonlyArray<{ extensions?: { code?: string } }>;
    expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
