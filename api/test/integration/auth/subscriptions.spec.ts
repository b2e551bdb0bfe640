import { TestLogoutDocument } from '@heard/graphql-types/testing';
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

  it("signing out closes that session's own socket (4403) and tells the user's other sessions SIGNED_OUT", async () => {
    const browser = api.client();
    await browser.login(DEMO.advocate, DEMO.password);
    const phone = api.client();
    await phone.login(DEMO.advocate, DEMO.password);
    const ownSocket = wsClient(browser.accessToken);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ownSocket.on('closed', (event) => resolve(event as { code: number; reason: string })),
    );
    const own = firstResult(ownSocket).catch((event: { code: number; reason: string }) => ({ code: event.code, reason: event.reason }));
    const elsewhere = firstResult(wsClient(phone.accessToken));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await browser.request(TestLogoutDocument);
    await expect(elsewhere).resolves.toEqual({ data: { sessionEvents: { kind: 'SIGNED_OUT', at: expect.any(String) } } });
    await expect(own).resolves.toEqual({ code: 4403, reason: 'Session ended: signed out' });
    await expect(closed.then(({ code, reason }) => ({ code, reason }))).resolves.toEqual({ code: 4403, reason: 'Session ended: signed out' });
  });

  it('refuses a subscription without a token', async () => {
    const result = await firstResult(wsClient(undefined)).catch((errors: unknown) => ({ errors }) as Received);
    const errors = (result.errors ?? []) as ReadonlyArray<{ extensions?: { code?: string } }>;
    expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
