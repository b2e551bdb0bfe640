import { DatabaseOutageMeDocument, TestRefreshSessionDocument } from '@heard/graphql-types/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RUNTIME_ROLE } from '../../../src/database/database-roles';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const MESSAGE = "Heard can't reach its database just now. Nothing you typed has been lost; try again in a few seconds.";
const ME = DatabaseOutageMeDocument;

/**
 * The outage: the runtime role (the API's pool) may no longer connect to this run's database, and
 * every connection it has to it is terminated. Only this database is touched: heard_app is shared by
 * the other runs' databases on the same server, so neither the role nor the server is changed.
 */
async function cutOff(admin: Client, database: string): Promise<void> {
  await admin.query(`REVOKE CONNECT ON DATABASE "${database}" FROM PUBLIC, ${RUNTIME_ROLE}`);
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND datname = current_database()`, [RUNTIME_ROLE]);
  for (let i = 0; i < 100; i += 1) {
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND datname = current_database()`, [
      RUNTIME_ROLE,
    ]);
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the runtime role’s connections did not end');
}

async function restore(admin: Client, database: string): Promise<void> {
  await admin.query(`GRANT CONNECT ON DATABASE "${database}" TO PUBLIC`);
}

describe('a database outage', () => {
  let api: TestApp;
  let admin: Client;
  let database: string;
  let manager: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    manager = api.client();
    await manager.login(DEMO.manager, DEMO.password);
    admin = new Client({ connectionString: process.env['HEARD_TEST_ADMIN_URL'] });
    await admin.connect();
    database = (await admin.query<{ name: string }>('SELECT current_database() AS name')).rows[0]?.name ?? '';
  });
  afterAll(async () => {
    await admin.end();
    await api.close();
  });

  it('is a calm 503 SERVICE_UNAVAILABLE with Retry-After on GraphQL, /health and REST, and passes when the database is back', async () => {
    const before = await manager.request(ME);
    expect(before.status).toBe(200);
    expect(before.data).toEqual({ me: { email: DEMO.manager, role: 'LA_MANAGER' } });

    await cutOff(admin, database);
    try {
      const signedIn = await manager.request(ME);
      expect({
        status: signedIn.status,
        retryAfter: signedIn.headers.get('retry-after'),
        data: signedIn.data,
        errors: signedIn.errors.map((e) => ({ message: e.message, code: e.extensions?.code })),
      }).toEqual({
        status: 503,
        retryAfter: '5',
        data: null,
        errors: [{ message: MESSAGE, code: 'SERVICE_UNAVAILABLE' }],
      });
      expect(signedIn.text).not.toMatch(/heard_app|permission denied|CONNECT|pg_|stack/i);

      // The session check (and the refresh's session lookup) meet the outage first: 503, not UNAUTHENTICATED, and the cookie stays.
      const refreshed = await manager.request(TestRefreshSessionDocument);
      expect({
        status: refreshed.status,
        codes: refreshed.errors.map((e) => e.extensions?.code),
        cookieCleared: refreshed.headers.get('set-cookie') !== null,
      }).toEqual({
        status: 503,
        codes: ['SERVICE_UNAVAILABLE'],
        cookieCleared: false,
      });

      const health = await fetch(`${api.url}/health`);
      expect({ status: health.status, retryAfter: health.headers.get('retry-after'), body: await health.json() }).toEqual({
        status: 503,
        retryAfter: '5',
        body: { status: 'degraded', database: 'down' },
      });

      const download = await fetch(`${api.url}/api/imports/${randomUUID()}/rejections.csv`, {
        headers: { authorization: `Bearer ${manager.accessToken ?? ''}` },
      });
      expect({
        status: download.status,
        type: download.headers.get('content-type'),
        retryAfter: download.headers.get('retry-after'),
        body: await download.json(),
      }).toEqual({
        status: 503,
        type: 'application/json; charset=utf-8',
        retryAfter: '5',
        body: { code: 'SERVICE_UNAVAILABLE', message: MESSAGE },
      });
    } finally {
      await restore(admin, database);
    }

    // The pool reconnects by itself: the same request passes again within a bounded wait.
    let after = await manager.request(ME);
    for (let i = 0; i < 50 && after.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await manager.request(ME);
    }
    expect({ status: after.status, data: after.data, retryAfter: after.headers.get('retry-after') }).toEqual({
      status: 200,
      data: { me: { email: DEMO.manager, role: 'LA_MANAGER' } },
      retryAfter: null,
    });
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
