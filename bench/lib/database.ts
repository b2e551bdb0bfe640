import { Client } from 'pg';

/** Runs one query on a short-lived connection. */
export async function query<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Drops and creates a database on the same server as `databaseUrl`; returns its URL. */
export async function freshDatabase(databaseUrl: string, name: string): Promise<string> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  await query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(admin.toString(), `CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function tableExists(databaseUrl: string, table: string): Promise<boolean> {
  const [row] = await query<{ found: boolean }>(databaseUrl, `SELECT to_regclass($1) IS NOT NULL AS found`, [table]);
  return row?.found === true;
}
