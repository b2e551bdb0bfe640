import { TestLoginDocument } from '@heard/graphql-types/testing';
import { Client } from 'pg';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

describe('audit: append-only trail written with each change', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('records a login with who, role, action, entity, UTC time, request id and client address', async () => {
    const client = api.client();
    const login = await client.login(DEMO.manager, DEMO.password);
    const requestId = login.headers.get('x-request-id');
    const rows: Array<Record<string, string | null>> = await api.dataSource.query(
      `SELECT a.actor_role, a.action, a.entity, a.request_id, a.client_address, u.email,
              (a.occurred_at > now() - interval '1 minute') AS recent
         FROM audit_log a JOIN users u ON u.id = a.actor_user_id
        WHERE a.request_id = $1`,
      [requestId],
    );
    expect(rows).toEqual([
      {
        actor_role: 'LA_MANAGER',
        action: 'auth.login',
        entity: 'session',
        request_id: requestId,
        client_address: expect.stringMatching(/127\.0\.0\.1|::1/),
        email: DEMO.manager,
        recent: true,
      },
    ]);
  });

  it('uses the caller-supplied X-Request-Id when it is well-formed', async () => {
    const client = api.client();
    await client.request(
      TestLoginDocument,
      { email: DEMO.advocate, password: DEMO.password },
      {
        'x-request-id': 'trace-abc-12345',
      },
    );
    const rows: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_log WHERE request_id = 'trace-abc-12345'`);
    expect(rows).toEqual([{ action: 'auth.login' }]);
  });

  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'tampered'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('the database refuses %s on audit_log even to the role that owns it', async (operation, sql) => {
    const before: Array<{ count: string }> = await api.dataSource.query('SELECT count(*) FROM audit_log');
    const owner = new Client({ connectionString: api.ownerUrl });
    await owner.connect();
    await expect(owner.query(sql)).rejects.toThrow(`audit_log is append-only: ${operation} is not allowed`);
    await owner.end();
    const after: Array<{ count: string }> = await api.dataSource.query('SELECT count(*) FROM audit_log');
    expect(after).toEqual(before);
    const tampered: Array<{ count: string }> = await api.dataSource.query(`SELECT count(*) FROM audit_log WHERE action = 'tampered'`);
    expect(tampered).toEqual([{ count: '0' }]);
  });
});
