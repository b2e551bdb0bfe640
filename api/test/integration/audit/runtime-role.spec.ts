import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../support/test-app';

/** What the API's own database role can do to the audit trail and the concern history: nothing but add to them. */
describe('audit: the runtime database role cannot erase or bypass the append-only tables', () => {
  let api: TestApp;
  let runtime: Client;

  beforeAll(async () => {
    api = await startTestApp();
    const options = api.dataSource.options as { url?: string };
    runtime = new Client({ connectionString: options.url });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime.end();
    await api.close();
  });

  async function refusal(sql: string): Promise<string> {
    await runtime.query('SAVEPOINT attempt');
    try {
      await runtime.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await runtime.query('ROLLBACK TO SAVEPOINT attempt');
    }
  }

  it('serves requests as heard_app, a role that is not the owner and not a superuser, owns nothing and cannot create', async () => {
    const { rows } = await runtime.query<Record<string, string | boolean>>(
      `SELECT current_user AS role, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::text AS owned_relations,
              has_schema_privilege('public', 'CREATE') AS can_create,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log') AS audit_owner
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows).toEqual([
      {
        role: 'heard_app',
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolbypassrls: false,
        rolreplication: false,
        owned_relations: '0',
        can_create: false,
        audit_owner: 'heard_owner',
      },
    ]);
  });

  describe.each(['audit_log', 'concern_events'])('%s', (table) => {
    beforeEach(() => runtime.query('BEGIN'));
    afterEach(() => runtime.query('ROLLBACK'));

    it.each([
      ['UPDATE', `UPDATE ${table} SET id = id`, `permission denied for table ${table}`],
      ['DELETE', `DELETE FROM ${table}`, `permission denied for table ${table}`],
      ['TRUNCATE', `TRUNCATE ${table}`, `permission denied for table ${table}`],
      ['DISABLE TRIGGER', `ALTER TABLE ${table} DISABLE TRIGGER ALL`, `must be owner of table ${table}`],
      [
        'DROP TRIGGER',
        `DROP TRIGGER ${table === 'audit_log' ? 'audit_log_append_only' : 'concern_events_append_only'} ON ${table}`,
        `must be owner of relation ${table}`,
      ],
      ['DROP TABLE', `DROP TABLE ${table}`, `must be owner of table ${table}`],
      [
        'CREATE TRIGGER',
        `CREATE TRIGGER sneak BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
        `permission denied for table ${table}`,
      ],
      ['session_replication_role', 'SET session_replication_role = replica', 'permission denied to set parameter "session_replication_role"'],
    ])('refuses %s', async (_name, sql, message) => {
      expect(await refusal(sql)).toBe(message);
    });
  });

  it('refuses to take ownership or grant itself more through roles', async () => {
    await runtime.query('BEGIN');
    try {
      expect(await refusal('ALTER TABLE audit_log OWNER TO heard_app')).toBe('must be owner of table audit_log');
      // PostgreSQL only warns that nothing was granted: what matters is that the privilege is still missing.
      await refusal('GRANT DELETE, TRUNCATE ON audit_log, concern_events TO heard_app');
      const { rows } = await runtime.query<{ can: boolean }>(
        `SELECT bool_or(has_table_privilege(t, p)) AS can FROM unnest(ARRAY['audit_log', 'concern_events']) AS t, unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) AS p`,
      );
      expect(rows).toEqual([{ can: false }]);
      // PostgreSQL 15 and 16+ word this refusal differently.
      expect(await refusal('GRANT heard_owner TO heard_app')).toMatch(/^(permission denied to grant role|must have admin option on role) "heard_owner"$/);
      expect(await refusal("CREATE TABLE audit_log_y2099m01 PARTITION OF audit_log FOR VALUES FROM ('2099-01-01') TO ('2099-02-01')")).toBe(
        'permission denied for schema public',
      );
    } finally {
      await runtime.query('ROLLBACK');
    }
  });

  it('only reads the working-day calendar, which migrations make from libs/domain', async () => {
    await runtime.query('BEGIN');
    try {
      expect(await refusal(`DELETE FROM working_days`)).toBe('permission denied for table working_days');
      expect(await refusal(`INSERT INTO working_days SELECT * FROM working_days LIMIT 1`)).toBe('permission denied for table working_days');
      const { rows } = await runtime.query<{ readable: boolean }>(`SELECT count(*) > 0 AS readable FROM working_days`);
      expect(rows).toEqual([{ readable: true }]);
    } finally {
      await runtime.query('ROLLBACK');
    }
  });

  it('still appends to the audit trail, which the owner itself cannot change either', async () => {
    const before = await runtime.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    await runtime.query(`INSERT INTO audit_log (action, entity) VALUES ('test.appended', 'test')`);
    const after = await runtime.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    expect(Number(after.rows[0]?.n) - Number(before.rows[0]?.n)).toBe(1);
    const owner = new Client({ connectionString: api.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`DELETE FROM audit_log WHERE action = 'test.appended'`)).rejects.toThrow('audit_log is append-only: DELETE is not allowed');
      await expect(owner.query(`UPDATE audit_log SET action = 'tampered' WHERE action = 'test.appended'`)).rejects.toThrow(
        'audit_log is append-only: UPDATE is not allowed',
      );
      await expect(owner.query(`TRUNCATE concern_events`)).rejects.toThrow('concern_events is append-only: TRUNCATE is not allowed');
    } finally {
      await owner.end();
    }
  });
});
