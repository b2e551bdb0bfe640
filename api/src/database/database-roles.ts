import { createHmac } from 'node:crypto';
import { Client } from 'pg';

/**
 * Heard uses two PostgreSQL roles. The owner (DATABASE_URL) owns the schema and runs the
 * migrations; the runtime role (DATABASE_RUNTIME_URL, or `heard_app` made by the owner) serves
 * every request. The runtime role owns nothing, is not a superuser, may only INSERT into the
 * append-only tables, and so can never alter, disable or empty the audit trail.
 */
export const RUNTIME_ROLE = 'heard_app';

/** Tables only migrations write (the calendar made from libs/domain): the runtime role reads them. */
export const READ_ONLY_TABLES = ['schema_migrations', 'working_days'] as const;

/** Tables the runtime role may read and append to, never change or empty. */
export const APPEND_ONLY_TABLES = ['audit_log', 'concern_events', 'record_corrections', 'record_disposals'] as const;

/** The runtime role's password when Heard makes the role itself: derived from the owner's URL, so every process agrees. */
function derivedPassword(ownerUrl: string): string {
  const owner = new URL(ownerUrl);
  return createHmac('sha256', `${decodeURIComponent(owner.username)}:${decodeURIComponent(owner.password)}@${owner.host}`)
    .update(RUNTIME_ROLE)
    .digest('base64url');
}

/** The URL Heard serves requests through when DATABASE_RUNTIME_URL is not set: the same server and database, as `heard_app`. */
export function derivedRuntimeUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  url.password = derivedPassword(ownerUrl);
  return url.toString();
}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Error codes PostgreSQL gives when two databases' API processes create or alter the same role at once. */
const RACE_CODES = new Set(['42710', '23505', 'XX000']);

function isRace(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RACE_CODES.has(String((error as { code?: unknown }).code));
}

/**
 * As the owner (who needs CREATEROLE for this), creates or updates the `heard_app` login role
 * with no privileges of its own: NOSUPERUSER, NOCREATEDB, NOCREATEROLE, NOREPLICATION, NOBYPASSRLS.
 */
export async function ensureDerivedRuntimeRole(owner: Client, ownerUrl: string): Promise<void> {
  const runtimeUrl = derivedRuntimeUrl(ownerUrl);
  const password = derivedPassword(ownerUrl);
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT';
  for (let attempt = 0; ; attempt++) {
    try {
      const found = await owner.query<{ exists: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists', [RUNTIME_ROLE]);
      if (found.rows[0]?.exists !== true) {
        await owner.query(`CREATE ROLE ${RUNTIME_ROLE} ${attributes} PASSWORD ${literal(password)}`);
      } else if (!(await canConnect(runtimeUrl))) {
        await owner.query(`ALTER ROLE ${RUNTIME_ROLE} ${attributes} PASSWORD ${literal(password)}`);
      }
      return;
    } catch (error) {
      if (!isRace(error) || attempt >= 3) {
        throw new Error(
          `Could not create or update the runtime role "${RUNTIME_ROLE}" as "${roleOf(ownerUrl)}" (${describe(error)}). ` +
            'Give the owner role CREATEROLE, or create a least-privilege login role yourself and set DATABASE_RUNTIME_URL to it.',
        );
      }
    }
  }
}

/**
 * As the owner, after the migrations: the runtime role may use the schema, read and write the
 * working tables and append to the audit trail, and nothing else. Run at every start, so a table
 * added by a migration is covered and a privilege granted by hand is taken back.
 */
export async function grantRuntimePrivileges(owner: Client, runtimeRole: string): Promise<void> {
  const role = identifier(runtimeRole);
  const appendOnly = APPEND_ONLY_TABLES.map(identifier).join(', ');
  await owner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await owner.query(`REVOKE CREATE ON SCHEMA public FROM ${role}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${role}`);
  for (const table of READ_ONLY_TABLES) {
    const regclass = await owner.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]);
    if (regclass.rows[0]?.found !== true) continue;
    await owner.query(`REVOKE ALL ON ${identifier(table)} FROM ${role}`);
    await owner.query(`GRANT SELECT ON ${identifier(table)} TO ${role}`);
  }
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await owner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
}

/**
 * As the runtime role itself: refuses to serve if it could erase or bypass the audit trail, so a
 * wrongly configured DATABASE_RUNTIME_URL stops the start instead of weakening every request.
 */
export async function runtimeRoleProblems(runtime: Client): Promise<string[]> {
  const problems: string[] = [];
  const me = await runtime.query<{
    rolname: string;
    rolsuper: boolean;
    rolcreaterole: boolean;
    rolcreatedb: boolean;
    rolbypassrls: boolean;
    rolreplication: boolean;
  }>(`SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication FROM pg_roles WHERE rolname = current_user`);
  const role = me.rows[0];
  if (role === undefined) return ['the runtime role could not be read'];
  if (role.rolsuper) problems.push(`${role.rolname} is a superuser`);
  if (role.rolcreaterole) problems.push(`${role.rolname} can create roles`);
  if (role.rolcreatedb) problems.push(`${role.rolname} can create databases`);
  if (role.rolbypassrls) problems.push(`${role.rolname} bypasses row security`);
  if (role.rolreplication) problems.push(`${role.rolname} is a replication role`);
  const owned = await runtime.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE pg_has_role(current_user, c.relowner, 'USAGE') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE pg_has_role(current_user, p.proowner, 'USAGE') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      UNION ALL SELECT nspname FROM pg_namespace WHERE pg_has_role(current_user, nspowner, 'USAGE') AND nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'
      ORDER BY 1 LIMIT 5`,
  );
  if (owned.rows.length > 0) problems.push(`${role.rolname} owns (or is a member of an owner of) ${owned.rows.map((r) => r.name).join(', ')}`);
  for (const table of APPEND_ONLY_TABLES) {
    const privileges = await runtime.query<{ privilege: string }>(
      `SELECT privilege FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) AS privilege
        WHERE to_regclass($1) IS NOT NULL AND has_table_privilege(current_user, $1, privilege)`,
      [table],
    );
    if (privileges.rows.length > 0) problems.push(`${role.rolname} has ${privileges.rows.map((r) => r.privilege).join(', ')} on ${table}`);
  }
  const create = await runtime.query<{ can: boolean }>(`SELECT has_schema_privilege(current_user, 'public', 'CREATE') AS can`);
  if (create.rows[0]?.can === true) problems.push(`${role.rolname} can create objects in the public schema`);
  return problems;
}

function identifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
