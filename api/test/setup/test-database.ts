import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A throwaway database for one test run: on TEST_DATABASE_URL / DATABASE_URL when set (the
 * server's own database is only used to create and drop it), on an embedded PostgreSQL otherwise.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  let adminUrl: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (serverUrl !== undefined && serverUrl !== '') {
    adminUrl = serverUrl;
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'heard-test-pg-'));
    await chmod(dir, 0o755);
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const embedded = await startEmbeddedPostgres({ dataDir: dir, port, database: 'postgres', log: () => undefined });
    adminUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `heard_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await stopServer();
    },
  };
}
