import type { EntityManager } from 'typeorm';
import { sqlRow } from './sql';

/** One piece of a read that runs on whichever connection is free. */
export type SnapshotTask = (sql: EntityManager) => Promise<void>;

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i;

/**
 * Runs `tasks` two at a time: on `tx` (a REPEATABLE READ transaction) and on a second connection whose read-only
 * transaction imports `tx`'s snapshot, so every task sees the same data as if one connection ran them all, while
 * PostgreSQL works on two of them at once. Tasks are taken in order by whichever connection is free (list the longest
 * first). Fails, and rolls the second transaction back, when any task fails.
 */
export async function inSharedSnapshot(tx: EntityManager, tasks: readonly SnapshotTask[]): Promise<void> {
  const exported = await sqlRow<{ id: string }>(tx, 'SELECT pg_export_snapshot() AS id');
  if (exported === undefined || !SNAPSHOT_ID.test(exported.id)) throw new Error('PostgreSQL exported no snapshot');
  const runner = tx.connection.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // SET TRANSACTION SNAPSHOT takes no parameter: the id was checked against PostgreSQL's format above.
    await runner.query(`SET TRANSACTION SNAPSHOT '${exported.id}'`);
    let next = 0;
    const lane = async (sql: EntityManager): Promise<void> => {
      for (let i = next++; i < tasks.length; i = next++) await tasks[i]?.(sql);
    };
    await Promise.all([lane(tx), lane(runner.manager)]);
    await runner.query('COMMIT');
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
