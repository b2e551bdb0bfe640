import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { provisionOwnedDatabase } from '../../src/database/database-provisioning';
import { EMBEDDED_OWNER, startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface TestDatabase {
  /** The owner role's URL (what DATABASE_URL is in production). */
  url: string;
  /** The server's superuser on this database, for the few tests that inspect roles. */
  adminUrl: string;
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
    const embedded = await startEmbeddedPostgres({ dataDir: dir, port, database: null, log: () => undefined });
    adminUrl = embedded.adminUrl;
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `heard_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  // As in production: the database belongs to an owner role that is not a superuser; the API makes its runtime role from it.
  const url = await provisionOwnedDatabase({ adminUrl, database: name, owner: EMBEDDED_OWNER, ownerPassword: 'heard-embedded' });
  return {
    url,
    adminUrl: withDatabase(adminUrl, name),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await stopServer();
    },
  };
}
