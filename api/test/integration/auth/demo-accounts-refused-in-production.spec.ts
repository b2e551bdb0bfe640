import { DemoAccountsRefusedInProductionRefreshDocument, TestMeIdDocument } from '@heard/graphql-types/testing';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { provisionOwnedDatabase } from '../../../src/database/database-provisioning';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../src/database/seed/demo-data';
import { PasswordService } from '../../../src/modules/auth/password.service';
import { UserEntity } from '../../../src/modules/users/user.entity';
import { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const REFRESH = DemoAccountsRefusedInProductionRefreshDocument;
const SECRET = 'a-production-secret-of-at-least-32-characters';
const DEMO_EMAILS = DEMO_USERS.map((user) => user.email);
const SORTED = [...DEMO_EMAILS].sort();
const REAL = 'real.admin@northshire.example';

/**
 * A database that once ran the demo (so holds the demo accounts, whose password is published) is started
 * with NODE_ENV=production: the demo accounts are disabled before the first request, their sessions end,
 * and sign-in refuses them on every path; everybody else signs in as before. On its own database, so the
 * other suites keep their demo accounts.
 */
describe('auth: demo accounts are refused when NODE_ENV=production', () => {
  const base = process.env['HEARD_TEST_DATABASE_URL'] ?? '';
  const admin = process.env['HEARD_TEST_ADMIN_URL'] ?? '';
  const name = `${new URL(base).pathname.slice(1)}_demo_prod`;
  const savedEnv = { ...process.env };
  let url: string;
  let api: TestApp;
  let demoSession: GraphqlTestClient;
  let warnings: string[];

  beforeAll(async () => {
    url = await provisionOwnedDatabase({
      adminUrl: admin,
      database: name,
      owner: new URL(base).username,
      ownerPassword: decodeURIComponent(new URL(base).password),
    });

    const development = await startTestApp({ DATABASE_URL: url, NODE_ENV: 'development', JWT_SECRET: SECRET });
    await development.dataSource.getRepository(UserEntity).insert({
      email: REAL,
      displayName: 'Real Admin',
      role: 'ADMIN',
      passwordHash: await new PasswordService().hash('a-real-password'),
    });
    demoSession = development.client();
    expect((await demoSession.login(DEMO_USERS[0]?.email ?? '', DEMO_PASSWORD)).errors).toEqual([]);
    await development.close();

    const warn = jest.spyOn(Logger.prototype, 'warn');
    api = await startTestApp({ DATABASE_URL: url, NODE_ENV: 'production', SEED_DEMO: 'false', JWT_SECRET: SECRET });
    warnings = warn.mock.calls.map(([message]) => String(message));
    warn.mockRestore();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    process.env = savedEnv;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it('logs one line at start naming every demo account', () => {
    expect(warnings.filter((line) => line.includes('demo accounts'))).toEqual([
      `NODE_ENV=production: the demo accounts in this database are disabled and cannot sign in: ${SORTED.join(', ')} (${SORTED.length} disabled now, 1 session(s) ended)`,
    ]);
  });

  it('disables them and ends their sessions, with one audit row', async () => {
    const rows = (await api.dataSource.query(
      `SELECT u.email, u.active, count(s.id) FILTER (WHERE s.revoked_at IS NULL)::int AS open
         FROM users u LEFT JOIN sessions s ON s.user_id = u.id WHERE u.email = ANY($1::text[]) OR u.email = $2
        GROUP BY u.email, u.active ORDER BY u.email COLLATE "C"`,
      [DEMO_EMAILS, REAL],
    )) as Array<{ email: string; active: boolean; open: number }>;
    expect(rows).toEqual(
      [...SORTED.map((email) => ({ email, active: false, open: 0 })), { email: REAL, active: true, open: 0 }].sort((a, b) => (a.email < b.email ? -1 : 1)),
    );
    expect(await api.dataSource.query(`SELECT action, outcome, details FROM audit_log WHERE action = 'demo.accounts_disabled'`)).toEqual([
      { action: 'demo.accounts_disabled', outcome: 'ALLOWED', details: { accounts: SORTED.join(', '), sessionsEnded: 1 } },
    ]);
  });

  it.each(DEMO_EMAILS)('failing-login: %s with the demo password is refused, and the refusal is audited', async (email) => {
    const login = await api.client().login(email, DEMO_PASSWORD);
    expect(login.data).toBeNull();
    expect(login.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Demo accounts cannot sign in when Heard runs in production.', 'UNAUTHENTICATED'],
    ]);
    expect(
      await api.dataSource.query(
        `SELECT a.outcome, a.details FROM audit_log a JOIN users u ON u.id::text = a.entity_id WHERE a.action = 'auth.login_refused_demo' AND u.email = $1`,
        [email],
      ),
    ).toEqual([{ outcome: 'REFUSED', details: { reason: 'demo account in production' } }]);
  });

  it('failing-refresh: a session signed in before the production start cannot be refreshed', async () => {
    const client = new GraphqlTestClient(api.url);
    client.cookie = demoSession.cookie;
    expect(client.cookie).toMatch(/^heard_refresh=/);
    const refreshed = await client.request(REFRESH);
    expect(refreshed.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Your session has ended. Sign in again.', 'UNAUTHENTICATED']]);
    client.accessToken = demoSession.accessToken;
    expect((await client.request(TestMeIdDocument)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('failing-login: a demo account switched back on in the database is still refused', async () => {
    await api.dataSource.getRepository(UserEntity).update({ email: 'admin@demo.heard' }, { active: true });
    const login = await api.client().login('admin@demo.heard', DEMO_PASSWORD);
    expect(login.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(login.data).toBeNull();
  });

  it('successful-login: an account that is not a demo account signs in as before', async () => {
    const login = await api.client().login(REAL, 'a-real-password');
    expect(login.errors).toEqual([]);
    expect(login.data?.login.user).toMatchObject({ email: REAL, role: 'ADMIN', displayName: 'Real Admin' });
  });
});
