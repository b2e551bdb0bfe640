import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { derivedRuntimeUrl, ensureDerivedRuntimeRole, grantRuntimePrivileges, roleOf, runtimeRoleProblems } from './database-roles';

export interface PreparedUrls {
  ownerUrl: string;
  runtimeUrl: string | undefined;
}

/** Serialises the grants of several API processes starting on one database at once. */
const GRANTS_LOCK = 4_811_770_203;

/**
 * Before serving: migrate as the owner, give the runtime role exactly its privileges, make the
 * audit trail's coming monthly partitions, then check as the runtime role that it cannot erase the
 * audit. Returns the URL requests run on. Refuses to start if the runtime role is too powerful.
 */
export async function prepareDatabase(urls: PreparedUrls, log: (message: string) => void): Promise<string> {
  const migrator = new DataSource({ ...dataSourceOptions(urls.ownerUrl), extra: { max: 1, application_name: 'heard-migrate' } });
  await migrator.initialize();
  try {
    const applied = await migrator.runMigrations();
    if (applied.length > 0) log(`Applied ${applied.length} migration(s) as ${roleOf(urls.ownerUrl)}`);
  } finally {
    await migrator.destroy();
  }
  const runtimeUrl = urls.runtimeUrl ?? derivedRuntimeUrl(urls.ownerUrl);
  if (roleOf(runtimeUrl) === roleOf(urls.ownerUrl)) {
    throw new Error('DATABASE_RUNTIME_URL must name a different role from DATABASE_URL: requests never run as the owner of the tables.');
  }
  const owner = new Client({ connectionString: urls.ownerUrl, application_name: 'heard-migrate' });
  await owner.connect();
  try {
    if (urls.runtimeUrl === undefined) await ensureDerivedRuntimeRole(owner, urls.ownerUrl);
    await owner.query('BEGIN');
    await owner.query('SELECT pg_advisory_xact_lock($1)', [GRANTS_LOCK]);
    await grantRuntimePrivileges(owner, roleOf(runtimeUrl));
    await owner.query(`SELECT audit_log_add_partitions(now(), 12)`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await owner.end();
  }
  const runtime = new Client({ connectionString: runtimeUrl, application_name: 'heard-check' });
  await runtime.connect();
  try {
    const problems = await runtimeRoleProblems(runtime);
    if (problems.length > 0) {
      throw new Error(`The runtime database role is not least-privilege, so Heard will not start: ${problems.join('; ')}.`);
    }
  } finally {
    await runtime.end();
  }
  return runtimeUrl;
}
