import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { type EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/**
 * Runs one of the hottest statements as a named prepared statement: PostgreSQL parses and plans it
 * once per connection and reuses the plan (planning the "My children" query cost as much as running
 * it). The name comes from the text, so the same text always reuses the same statement and different
 * texts never collide. Goes through the manager's query runner (and so its transaction, if any) and is
 * logged like any other statement.
 */
export async function queryPrepared<T>(manager: EntityManager, text: string, params: readonly unknown[]): Promise<T[]> {
  // A transaction's manager used after the transaction ended would otherwise send SQL on a connection
  // another request may now hold; TypeORM's own query() refuses the same way.
  if (manager.queryRunner?.isReleased === true) throw new QueryRunnerAlreadyReleasedError();
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const values = [...params];
  try {
    const client = (await runner.connect()) as PoolClient;
    manager.connection.logger.logQuery(text, values, runner);
    try {
      return (await client.query<T & object>({ name: statementName(text), text, values })).rows;
    } catch (error) {
      manager.connection.logger.logQueryError(error instanceof Error ? error : String(error), text, values, runner);
      throw new QueryFailedError(text, values, error instanceof Error ? error : new Error(String(error)));
    }
  } finally {
    if (manager.queryRunner === undefined) await runner.release();
  }
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `heard_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
