import { Client } from 'pg';

export interface OwnerRequest {
  /** A superuser's URL on the server (its database part is ignored). */
  adminUrl: string;
  database: string;
  owner: string;
  ownerPassword: string;
}

function withUserAndDatabase(url: string, user: string, password: string, database: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function onDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Roles are shared by every database of a server: two runs creating the same one at once is not an error. */
async function tolerateRace(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    if (!['42710', '23505', 'XX000', '42P04'].includes(code)) throw error;
  }
}

/**
 * As a superuser (the embedded server, a test server): the owner role Heard migrates as
 * (LOGIN, CREATEROLE so it can make the runtime role, never a superuser), and the database owned
 * by it. A database made before Heard had an owner role is handed to it, objects included.
 * Returns the owner's URL for that database.
 */
export async function provisionOwnedDatabase(request: OwnerRequest): Promise<string> {
  const admin = new Client({ connectionString: onDatabase(request.adminUrl, 'postgres') });
  await admin.connect();
  try {
    const owner = quote(request.owner);
    const role = await admin.query<{ exists: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists', [request.owner]);
    if (role.rows[0]?.exists !== true) {
      await tolerateRace(() => admin.query(`CREATE ROLE ${owner} LOGIN CREATEROLE NOSUPERUSER NOCREATEDB PASSWORD ${literal(request.ownerPassword)}`));
    }
    const found = await admin.query<{ owner: string }>('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [request.database]);
    if (found.rows.length === 0) await tolerateRace(() => admin.query(`CREATE DATABASE ${quote(request.database)} OWNER ${owner}`));
    else if (found.rows[0]?.owner !== request.owner) await admin.query(`ALTER DATABASE ${quote(request.database)} OWNER TO ${owner}`);
  } finally {
    await admin.end();
  }
  await handOverObjects(onDatabase(request.adminUrl, request.database), request.owner);
  return withUserAndDatabase(request.adminUrl, request.owner, request.ownerPassword, request.database);
}

/** Tables, sequences, views, functions and types in `public` that another role owns (not an extension's) become the owner's. */
async function handOverObjects(databaseUrl: string, owner: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `DO $$
       DECLARE r record;
       BEGIN
         FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_get_userbyid(c.relowner) <> ${literal(owner)}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
         LOOP
           EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.name, ${literal(owner)});
         END LOOP;
         FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${literal(owner)}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
         LOOP
           EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, ${literal(owner)});
         END LOOP;
         FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> ${literal(owner)}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
         LOOP
           EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, ${literal(owner)});
         END LOOP;
       END $$`,
    );
  } finally {
    await client.end();
  }
}
