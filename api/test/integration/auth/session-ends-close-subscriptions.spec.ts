import { SessionEndsCloseSubscriptionsMeDocument, SessionEndsCloseSubscriptionsRefreshDocument, TestLogoutDocument } from '@heard/graphql-types/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Clock } from '../../../src/common/clock';
import { TokensService } from '../../../src/modules/auth/tokens.service';
import { type ConcernWorld, concernWorld, RAISE, raiseInput } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const ME = SessionEndsCloseSubscriptionsMeDocument;
const REFRESH = SessionEndsCloseSubscriptionsRefreshDocument;
const LIVE = ['subscription { concernUpdated { concernId kind } }', 'subscription { notificationAdded { kind concernId } }'];

interface Closed {
  code: number;
  reason: string;
}

/** One graphql-ws connection with the given token, subscribed to `queries`, recording what it is sent and how it closes. */
interface Socket {
  events: unknown[];
  errors: unknown[];
  connected: Promise<void>;
  closed: Promise<Closed>;
}

describe('a session that ends closes its subscriptions, on every path', () => {
  let api: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.close();
  });

  function open(token: string, queries: readonly string[] = LIVE): Socket {
    const events: unknown[] = [];
    const errors: unknown[] = [];
    let onConnected: () => void = () => undefined;
    let onClosed: (closed: Closed) => void = () => undefined;
    const connected = new Promise<void>((resolve) => (onConnected = resolve));
    const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: {
        connected: () => onConnected(),
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          onClosed({ code, reason: String(reason) });
        },
      },
    });
    clients.push(client);
    for (const query of queries) {
      client.subscribe({ query }, { next: (value) => events.push(value.data), error: (e) => errors.push(e), complete: () => undefined });
    }
    return { events, errors, connected, closed };
  }

  /** Opens the socket and waits until its subscriptions are registered on the server. */
  async function subscribed(token: string, queries: readonly string[] = LIVE): Promise<Socket> {
    const socket = open(token, queries);
    await socket.connected;
    await sleep(200);
    return socket;
  }

  /** The advocate raises a concern: the manager's subscriptions would get a concernUpdated and a notificationAdded for it. */
  async function raiseConcern(world: ConcernWorld): Promise<string> {
    const raised = await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    return raised.data?.raiseConcern.id ?? '';
  }

  /**
   * The manager's socket is open; `end` ends their session; the advocate then raises a concern, and the
   * advocate's own socket (the control, still live) shows it was pushed. The manager's socket must have
   * been closed with the expected code and reason, having been sent nothing.
   */
  async function expectEndCloses(end: (world: ConcernWorld) => Promise<void>, expected: Closed): Promise<{ world: ConcernWorld; sessionId: string }> {
    const world = await concernWorld(api);
    const sessionId = await latestSessionId(world.manager);
    const manager = await subscribed(world.manager.accessToken ?? '');
    const control = await subscribed(world.advocate.accessToken ?? '', [LIVE[0] ?? '']);
    await end(world);
    const concernId = await raiseConcern(world);
    await waitFor(() => control.events.length > 0);
    expect(control.events).toEqual([{ concernUpdated: { concernId, kind: 'RAISED' } }]);
    await expect(within(manager.closed)).resolves.toEqual(expected);
    expect(manager.events).toEqual([]);
    return { world, sessionId };
  }

  async function latestSessionId(client: GraphqlTestClient): Promise<string> {
    const me = await client.request(ME);
    const rows = (await api.dataSource.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`,
      [me.data?.me.email ?? ''],
    )) as Array<{ id: string }>;
    return rows[0]?.id ?? '';
  }

  async function sessionEndAudit(sessionId: string): Promise<unknown[]> {
    return api.dataSource.query(
      `SELECT action, actor_role AS "actorRole", details, purpose FROM audit_log WHERE entity = 'session' AND entity_id = $1 AND action = 'auth.session_ended' ORDER BY id`,
      [sessionId],
    );
  }

  const ended = (reason: string) => [{ action: 'auth.session_ended', actorRole: 'LA_MANAGER', details: { reason }, purpose: 'Signing in and out' }];

  it('logout: the socket closes 4403 "Session ended: signed out", is sent nothing more, and the end is audited', async () => {
    const { world, sessionId } = await expectEndCloses(
      async ({ manager }) => {
        expect((await manager.request(TestLogoutDocument)).data).toEqual({ logout: true });
      },
      { code: 4403, reason: 'Session ended: signed out' },
    );
    expect(await sessionEndAudit(sessionId)).toEqual(ended('SIGNED_OUT'));
    expect((await world.manager.request(ME)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('idle expiry: a session idle for more than SESSION_IDLE_MINUTES is ended at its next event and its socket closes 4403', async () => {
    const { sessionId } = await expectEndCloses(
      async ({ manager }) => {
        await api.dataSource.query(`UPDATE sessions SET last_activity_at = now() - interval '31 minutes' WHERE id = $1`, [await latestSessionId(manager)]);
      },
      { code: 4403, reason: 'Session ended: idle' },
    );
    expect(await sessionEndAudit(sessionId)).toEqual(ended('IDLE'));
  });

  it('idle expiry by the clock: the periodic check ends the session when the injected Clock passes SESSION_IDLE_MINUTES', async () => {
    const world = await concernWorld(api);
    const sessionId = await latestSessionId(world.manager);
    const manager = await subscribed(world.manager.accessToken ?? '');
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 31 * 60_000));
    await expect(within(manager.closed, 10_000)).resolves.toEqual({ code: 4403, reason: 'Session ended: idle' });
    expect(manager.events).toEqual([]);
    expect(await sessionEndAudit(sessionId)).toEqual(ended('IDLE'));
  });

  it('account lock: five failed sign-ins lock the account and close its open sockets at once, 4403 "Session ended: account locked"', async () => {
    const { world, sessionId } = await expectEndCloses(
      async ({ fx, manager }) => {
        const attempts: Array<string | undefined> = [];
        for (let i = 0; i < 5; i += 1) attempts.push((await manager.login(fx.managerEmail, 'not-the-password')).errors[0]?.extensions?.code);
        expect(attempts).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED']);
      },
      { code: 4403, reason: 'Session ended: account locked' },
    );
    expect(await sessionEndAudit(sessionId)).toEqual(ended('ACCOUNT_LOCKED'));
    expect((await world.manager.request(REFRESH)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
    ]);
  });

  it.each([
    // ADMIN, not COMMISSIONER_STAFF: suites share the run's database, and jobs notify every Commissioner staff member.
    ['role', `role = 'ADMIN'`],
    ['local authority', `local_authority_id = (SELECT id FROM local_authorities WHERE id <> users.local_authority_id ORDER BY id LIMIT 1)`],
  ])(
    'role change (%s changed in users): the session ends, its socket closes 4403 "Session ended: role changed", its tokens stop working',
    async (_what, change) => {
      const { world, sessionId } = await expectEndCloses(
        async ({ fx }) => {
          await api.dataSource.query(`UPDATE users SET ${change} WHERE email = $1`, [fx.managerEmail]);
        },
        { code: 4403, reason: 'Session ended: role changed' },
      );
      expect(await sessionEndAudit(sessionId)).toEqual(ended('ROLE_CHANGED'));
      expect((await world.manager.request(ME)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
      ]);
      expect((await world.manager.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it('token expiry: a socket closes 4419 "Session expired" when its access token expires; reconnecting with a renewed token carries on', async () => {
    const world = await concernWorld(api);
    const sessionId = await latestSessionId(world.manager);
    const me = await world.manager.request(ME);
    expect(me.data).toEqual({ me: { email: world.fx.managerEmail } });
    const [user] = (await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [world.fx.managerEmail])) as Array<{ id: string }>;
    // A token signed 599 of its 600 seconds ago: it expires one second from now.
    const { token } = api.app.get(TokensService).signAccessToken({ sub: user?.id ?? '', sid: sessionId, role: 'LA_MANAGER' }, new Date(Date.now() - 599_000));
    const expiring = await subscribed(token);
    await expect(within(expiring.closed)).resolves.toEqual({ code: 4419, reason: 'Session expired' });

    const renewed = await world.manager.request(REFRESH);
    const again = await subscribed(renewed.data?.refreshSession.accessToken ?? '');
    const concernId = await raiseConcern(world);
    await waitFor(() => again.events.length === 2);
    expect(again.events).toEqual(
      expect.arrayContaining([{ concernUpdated: { concernId, kind: 'RAISED' } }, { notificationAdded: { kind: 'CONCERN_RAISED', concernId } }]),
    );
    expect(expiring.events).toEqual([]);
    expect(await sessionEndAudit(sessionId)).toEqual([]);
  });

  it('connecting with an expired token is closed 4419 at once; with the token of an ended session, 4403', async () => {
    const world = await concernWorld(api);
    const sessionId = await latestSessionId(world.manager);
    const [user] = (await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [world.fx.managerEmail])) as Array<{ id: string }>;
    const { token: expired } = api.app
      .get(TokensService)
      .signAccessToken({ sub: user?.id ?? '', sid: sessionId, role: 'LA_MANAGER' }, new Date(Date.now() - 601_000));
    await expect(within(open(expired).closed)).resolves.toEqual({ code: 4419, reason: 'Session expired' });
    await world.manager.request(TestLogoutDocument);
    await expect(within(open(world.manager.accessToken ?? '').closed)).resolves.toEqual({ code: 4403, reason: 'Session ended: signed out' });
  });

  it('refresh-token replay: presenting a rotated refresh token ends the whole session: its socket closes, its newest refresh token and access token stop working', async () => {
    const world = await concernWorld(api);
    const sessionId = await latestSessionId(world.manager);
    const stolen = world.manager.cookie;
    const first = await world.manager.request(REFRESH);
    world.manager.accessToken = first.data?.refreshSession.accessToken;
    const socket = await subscribed(world.manager.accessToken ?? '');
    // Past the double-submit grace: this is a replay, not a racing duplicate.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 11_000));

    const thief = api.client();
    thief.cookie = stolen;
    expect((await thief.request(REFRESH)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
    ]);
    await expect(within(socket.closed)).resolves.toEqual({ code: 4403, reason: 'Session ended: refresh token reused' });
    expect((await world.manager.request(REFRESH)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
    ]);
    world.manager.accessToken = first.data?.refreshSession.accessToken;
    expect((await world.manager.request(ME)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await sessionEndAudit(sessionId)).toEqual(ended('REFRESH_TOKEN_REUSED'));
    expect(socket.events).toEqual([]);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for a pushed event');
    await sleep(25);
  }
}

/** `promise`, or a rejection once `timeoutMs` has passed (a bounded wait, not a timing assertion). */
function within<T>(promise: Promise<T>, timeoutMs = 5000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing after ${timeoutMs} ms`)), timeoutMs);
    void promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
