// Starts the built API (serving the built portal) for the e2e run on a database of its own:
// a fresh database on TEST_DATABASE_URL/DATABASE_URL's server when set, an embedded PostgreSQL
// in a temporary folder otherwise. Drops it again when Playwright stops the server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import provisioning from '../../dist/api/api/src/database/database-provisioning.js';

const { provisionOwnedDatabase } = provisioning;

const port = process.argv[2] ?? '4310';
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const env = {
  ...process.env,
  NODE_ENV: 'test',
  PORT: port,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  WEB_DIST: 'dist/web/browser',
  // Every test signs in through the same address; the limiter itself is covered by the API's tests.
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
};
let cleanup = async () => undefined;

if (serverUrl) {
  // The name carries its creation time, so a run only ever drops databases that another run left behind hours ago.
  const name = `heard_e2e_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // A run that was killed cannot drop its database: drop those left behind (one still in use refuses, and is kept).
  // Never one that a parallel run has just made (it may not be connected yet): only those over six hours old.
  const { rows: stale } = await admin.query(
    `SELECT datname FROM pg_database WHERE CASE WHEN datname ~ '^heard_e2e_[0-9]{10}_[0-9a-f]+$' THEN split_part(datname, '_', 3)::bigint < $1 ELSE false END`,
    [Math.floor(Date.now() / 1000) - 6 * 3600],
  );
  for (const { datname } of stale) await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  await admin.end();
  // As in production: the database belongs to a non-superuser owner; the API makes its runtime role from it.
  env.DATABASE_URL = await provisionOwnedDatabase({ adminUrl: serverUrl, database: name, owner: 'heard_owner', ownerPassword: 'heard-embedded' });
  cleanup = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'heard-e2e-'));
  chmodSync(dir, 0o755);
  delete env.DATABASE_URL;
  env.DATA_DIR = dir;
  env.EMBEDDED_PG_PORT = String(56000 + Math.floor(Math.random() * 4000));
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const api = spawn(process.execPath, ['dist/api/api/src/main.js'], { env, stdio: 'inherit' });
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
}
api.on('exit', async (code) => {
  await cleanup().catch((error) => console.error(`e2e cleanup failed: ${error.message}`));
  process.exit(stopping ? 0 : (code ?? 1));
});
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
