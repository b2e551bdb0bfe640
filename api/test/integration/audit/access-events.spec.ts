import {
  AccessEventsAwaitingDocument,
  AccessEventsChildDocument,
  AccessEventsChildNameDocument,
  AccessEventsMeetingDocument,
} from '@heard/graphql-types/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { provisionOwnedDatabase } from '../../../src/database/database-provisioning';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import { MIGRATIONS } from '../../../src/database/migrations';
import { AuditEvents1795440000000 } from '../../../src/database/migrations/1795440000000-audit-events';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

interface AuditEvent {
  actor_role: string | null;
  action: string;
  outcome: string;
  entity: string;
  entity_id: string | null;
  child_ids: string[];
  operation: string | null;
  purpose: string | null;
  code: string | null;
}

const EVENT_COLUMNS = `actor_role, action, outcome, entity, entity_id, child_ids::text[] AS child_ids, operation, purpose, details->>'code' AS code`;

describe('audit: one event per access, refusals included, with who, what, why and which children', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const eventsOf = (userId: string, after: string): Promise<AuditEvent[]> =>
    api.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM audit_log WHERE actor_user_id = $1 AND id > $2 ORDER BY id`, [userId, after]);
  const lastId = async (): Promise<string> =>
    ((await api.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`)) as Array<{ id: string }>)[0]?.id ?? '0';
  const userIdOf = async (email: string): Promise<string> =>
    ((await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as Array<{ id: string }>)[0]?.id ?? '';

  async function queuedChildren(count: number): Promise<{ ids: string[]; laId: string }> {
    const fx = await advocacyFixture(api, [{ cap: 0 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
      ids.push(result.data?.recordTriggerEvent.child.id ?? '');
    }
    return { ids, laId: fx.laId };
  }

  it('audits the awaiting-advocate list shown to Commissioner staff as one event naming every child on it', async () => {
    const { ids } = await queuedChildren(2);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const before = await lastId();
    const listed = await commissioner.request(AccessEventsAwaitingDocument);
    const shown = (listed.data?.awaitingAdvocate ?? []).map((c) => c.childId);
    expect(shown).toEqual(expect.arrayContaining(ids));
    const events = await eventsOf(await userIdOf(DEMO.commissioner), before);
    expect(events.map((e) => ({ ...e, child_ids: [...e.child_ids].sort() }))).toEqual([
      {
        actor_role: 'COMMISSIONER_STAFF',
        action: 'allocation.awaiting_list',
        outcome: 'ALLOWED',
        entity: 'child',
        entity_id: null,
        child_ids: [...shown].sort(),
        operation: 'query awaitingAdvocate',
        purpose: 'Allocation oversight: who advocates for which child',
        code: null,
      },
    ]);
  });

  it('audits a refused read of another LA’s child, naming the child, though the request’s transaction rolled back', async () => {
    const {
      ids: [childId],
    } = await queuedChildren(1);
    const manager2 = api.client();
    await manager2.login(DEMO.manager2, DEMO.password);
    const before = await lastId();
    const refused = await manager2.request(AccessEventsChildNameDocument, { id: childId });
    expect(refused.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    expect(await eventsOf(await userIdOf(DEMO.manager2), before)).toEqual([
      {
        actor_role: 'LA_MANAGER',
        action: 'access.refused',
        outcome: 'REFUSED',
        entity: 'child',
        entity_id: childId,
        child_ids: [childId],
        operation: 'query child',
        purpose: "Care planning for a child of the manager's local authority",
        code: 'NOT_FOUND',
      },
    ]);
  });

  it('audits probing with ids that do not exist, and a role refused outright, each as a refusal', async () => {
    const admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    const advocate = api.client();
    await advocate.login(DEMO.advocate, DEMO.password);
    const missing = '00000000-0000-4000-8000-000000000000';
    const before = await lastId();
    const probe = await advocate.request(AccessEventsMeetingDocument, { id: missing });
    expect(probe.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    const wrongRole = await admin.request(AccessEventsChildDocument, { id: missing });
    expect(wrongRole.errors.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(await eventsOf(await userIdOf(DEMO.advocate), before)).toEqual([
      {
        actor_role: 'ADVOCATE',
        action: 'access.refused',
        outcome: 'REFUSED',
        entity: 'meeting',
        entity_id: missing,
        child_ids: [],
        operation: 'query meeting',
        purpose: 'Advocacy for a child the advocate represents',
        code: 'NOT_FOUND',
      },
    ]);
    expect(await eventsOf(await userIdOf(DEMO.admin), before)).toEqual([
      {
        actor_role: 'ADMIN',
        action: 'access.refused',
        outcome: 'REFUSED',
        entity: 'child',
        entity_id: missing,
        child_ids: [missing],
        operation: 'query child',
        purpose: 'Running the platform',
        code: 'FORBIDDEN',
      },
    ]);
  });

  it('audits a refused download on the REST endpoints too', async () => {
    const manager = api.client();
    await manager.login(DEMO.manager, DEMO.password);
    const missing = '00000000-0000-4000-8000-000000000001';
    const before = await lastId();
    const response = await fetch(`${api.url}/api/imports/${missing}/rejections.csv`, { headers: { authorization: `Bearer ${manager.accessToken ?? ''}` } });
    expect(response.status).toBe(404);
    expect(await eventsOf(await userIdOf(DEMO.manager), before)).toEqual([
      {
        actor_role: 'LA_MANAGER',
        action: 'access.refused',
        outcome: 'REFUSED',
        entity: 'ssda903_import',
        entity_id: missing,
        child_ids: [],
        operation: 'GET /api/imports/:id/rejections.csv',
        purpose: "Care planning for a child of the manager's local authority",
        code: 'NOT_FOUND',
      },
    ]);
  });

  it('answers "who has seen this child’s record" from the child_ids index, on a table partitioned by month', async () => {
    const partitions: Array<{ strategy: string; months: number; has_default: boolean }> = await api.dataSource.query(
      `SELECT p.partstrat AS strategy,
              (SELECT count(*)::int FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass AND c.relname ~ '^audit_log_y[0-9]{4}m[0-9]{2}$'
                  AND c.relname >= 'audit_log_' || to_char(now() AT TIME ZONE 'UTC', '"y"YYYY"m"MM')) AS months,
              EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass AND c.relname = 'audit_log_default') AS has_default
         FROM pg_partitioned_table p WHERE p.partrelid = 'audit_log'::regclass`,
    );
    expect(partitions).toEqual([{ strategy: 'r', months: 13, has_default: true }]);
    const client = new Client({ connectionString: (api.dataSource.options as { url?: string }).url });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT occurred_at, actor_user_id, action FROM audit_log WHERE child_ids @> ARRAY['00000000-0000-4000-8000-000000000002'::uuid] AND occurred_at > now() - interval '1 month'`,
      );
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Bitmap Index Scan on audit_log_y\d{4}m\d{2}_child_ids_idx/);
      expect(text).not.toMatch(/Seq Scan/);
    } finally {
      await client.end();
    }
  });
});

describe('audit: the rows written before access events move across, one event per list read', () => {
  const admin = process.env['HEARD_TEST_ADMIN_URL'] ?? '';
  const name = `${new URL(admin).pathname.slice(1)}_audit_migration`;
  let url: string;

  beforeAll(async () => {
    url = await provisionOwnedDatabase({ adminUrl: admin, database: name, owner: 'heard_owner', ownerPassword: 'heard-embedded' });
  });
  afterAll(async () => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it('groups one request’s per-child rows into one event and keeps every other row as it was', async () => {
    const upTo = MIGRATIONS.indexOf(AuditEvents1795440000000);
    const before = new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, upTo) });
    await before.initialize();
    await before.runMigrations();
    const [a, b] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    await before.query(
      `INSERT INTO audit_log (occurred_at, actor_role, action, entity, entity_id, request_id, client_address, details) VALUES
        ('2025-05-02 10:00+00', 'ADVOCATE', 'child.list', 'child', $1, 'r1', '10.0.0.1', NULL),
        ('2025-05-02 10:00+00', 'ADVOCATE', 'child.list', 'child', $2, 'r1', '10.0.0.1', NULL),
        ('2025-05-02 10:05+00', 'LA_MANAGER', 'meeting.read', 'child', $1, 'r2', NULL, '{"meetingId": "m1"}'),
        ('2025-06-09 08:00+00', 'ADVOCATE', 'auth.login', 'session', 's1', 'r3', NULL, NULL)`,
      [a, b],
    );
    await before.destroy();
    const after = new DataSource(dataSourceOptions(url));
    await after.initialize();
    await after.runMigrations();
    const rows: Array<Record<string, unknown>> = await after.query(
      `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at, action, outcome, entity, entity_id, child_ids::text[] AS child_ids, request_id, details, tableoid::regclass::text AS partition
         FROM audit_log ORDER BY id`,
    );
    await after.destroy();
    expect(rows).toEqual([
      {
        at: '2025-05-02 10:00',
        action: 'child.list',
        outcome: 'ALLOWED',
        entity: 'child',
        entity_id: null,
        child_ids: [a, b],
        request_id: 'r1',
        details: null,
        partition: 'audit_log_y2025m05',
      },
      {
        at: '2025-05-02 10:05',
        action: 'meeting.read',
        outcome: 'ALLOWED',
        entity: 'child',
        entity_id: a,
        child_ids: [a],
        request_id: 'r2',
        details: { meetingId: 'm1' },
        partition: 'audit_log_y2025m05',
      },
      {
        at: '2025-06-09 08:00',
        action: 'auth.login',
        outcome: 'ALLOWED',
        entity: 'session',
        entity_id: 's1',
        child_ids: [],
        request_id: 'r3',
        details: null,
        partition: 'audit_log_y2025m06',
      },
    ]);
  });
});
