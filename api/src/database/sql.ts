import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/** Where a statement runs: the data source (its own connection), or a transaction's entity manager. */
export type Sql = DataSource | EntityManager;

/** A statement's parameters, in `$1, $2, …` order. */
export type SqlParams = readonly unknown[];

interface SqlResult<Row> {
  rows: Row[];
  affected: number;
}

/**
 * Runs one statement and returns its rows and the number of rows it touched, the same way for SELECT, INSERT,
 * UPDATE and DELETE (the pg driver alone returns `[rows, count]` for UPDATE and DELETE). The row type is declared by
 * the caller, the feature's repository, next to the SQL that produces it: this is the one place an untyped driver
 * result becomes a typed row, so nothing `any` leaks into the features.
 */
async function run<Row>(sql: Sql, text: string, params: SqlParams): Promise<SqlResult<Row>> {
  const manager = sql instanceof DataSource ? sql.manager : sql;
  const own: QueryRunner | undefined = manager.queryRunner ? undefined : manager.connection.createQueryRunner();
  const runner = manager.queryRunner ?? own;
  if (runner === undefined) throw new Error('No query runner');
  try {
    const result = await runner.query(text, [...params], true);
    const records: unknown = result.records;
    return { rows: Array.isArray(records) ? (records as Row[]) : [], affected: result.affected ?? 0 };
  } finally {
    await own?.release();
  }
}

/** The rows a statement returns (a SELECT, or a write with RETURNING). */
export async function sqlRows<Row>(sql: Sql, text: string, params: SqlParams = []): Promise<Row[]> {
  return (await run<Row>(sql, text, params)).rows;
}

/** The first row a statement returns, or undefined when it returns none. */
export async function sqlRow<Row>(sql: Sql, text: string, params: SqlParams = []): Promise<Row | undefined> {
  return (await run<Row>(sql, text, params)).rows[0];
}

/** Runs a write and returns how many rows it inserted, updated or deleted. */
export async function sqlAffected(sql: Sql, text: string, params: SqlParams = []): Promise<number> {
  return (await run<never>(sql, text, params)).affected;
}

/** Runs a statement for its effect alone (DDL, a lock, a write whose count does not matter). */
export async function sqlRun(sql: Sql, text: string, params: SqlParams = []): Promise<void> {
  await run<never>(sql, text, params);
}
