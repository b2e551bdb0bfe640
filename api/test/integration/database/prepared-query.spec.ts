import { type EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { queryPrepared } from '../../../src/database/prepared-query';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The hottest statements run as named prepared statements: planned once per connection, then reused. */
describe('database: prepared statements', () => {
  let api: TestApp;
  const statementsOf = `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'heard_%' AND statement = $1`;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('prepares a statement once on its connection and reuses it for other parameters', async () => {
    const text = `SELECT $1::int * 2 AS doubled`;
    await api.dataSource.transaction(async (manager) => {
      expect(await queryPrepared<{ doubled: number }>(manager, text, [21])).toEqual([{ doubled: 42 }]);
      expect(await queryPrepared<{ doubled: number }>(manager, text, [5])).toEqual([{ doubled: 10 }]);
      expect(await manager.query(statementsOf, [text])).toEqual([{ n: 1 }]);
    });
  });

  it('keeps different statements apart on the same connection', async () => {
    await api.dataSource.transaction(async (manager) => {
      expect(await queryPrepared<{ v: string }>(manager, `SELECT 'first' || $1::text AS v`, ['!'])).toEqual([{ v: 'first!' }]);
      expect(await queryPrepared<{ v: string }>(manager, `SELECT 'second' || $1::text AS v`, ['?'])).toEqual([{ v: 'second?' }]);
    });
  });

  it('runs inside the caller’s transaction, so a rollback undoes it', async () => {
    const id = '7e0b3c9a-0000-4000-8000-00000000beef';
    await expect(
      api.dataSource.transaction(async (manager) => {
        await queryPrepared(manager, `INSERT INTO audit_log (action, entity, entity_id) VALUES ('test.prepared', 'child', $1)`, [id]);
        expect(await manager.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [id])).toEqual([{ n: 1 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [id])).toEqual([{ n: 0 }]);
  });

  it('reports a failing statement as a QueryFailedError with PostgreSQL’s code, as TypeORM does', async () => {
    const failure = await queryPrepared(api.dataSource.manager, `SELECT 1 / $1::int AS n`, [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22012');
  });

  it('refuses a transaction’s manager once the transaction has ended, as TypeORM does', async () => {
    let ended: EntityManager | undefined;
    await api.dataSource.transaction(async (manager) => {
      ended = manager;
      await queryPrepared(manager, `SELECT 1 AS one`, []);
    });
    if (ended === undefined) throw new Error('no manager');
    await expect(queryPrepared(ended, `SELECT 1 AS one`, [])).rejects.toBeInstanceOf(QueryRunnerAlreadyReleasedError);
  });

  it('is logged like any other statement', async () => {
    const logQuery = jest.spyOn(api.dataSource.logger, 'logQuery');
    try {
      await queryPrepared(api.dataSource.manager, `SELECT $1::text AS logged`, ['yes']);
      expect(logQuery.mock.calls.map(([sql, params]) => [sql, params])).toEqual([[`SELECT $1::text AS logged`, ['yes']]]);
    } finally {
      logQuery.mockRestore();
    }
  });
});
