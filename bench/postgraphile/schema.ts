import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { query } from '../lib/database';

/** The schema PostGraphile serves: created by the bench in the bench database, never by Heard's migrations. */
export const POSTGRAPHILE_SCHEMA = 'bench_pg';

interface BenchSql {
  readonly MY_CHILDREN_SQL: string;
  readonly LA_CHILDREN_SQL: string;
  readonly CHILD_PAGE_SQL: string;
}

/** The SQL the raw endpoint runs, from the built API (`api/src/bench/bench-sql.ts`), so PostGraphile serves the same rows. */
async function benchSql(): Promise<BenchSql> {
  const loaded: unknown = await import(pathToFileURL(join(process.cwd(), 'dist/api/api/src/bench/bench-sql.js')).href);
  const text = (name: keyof BenchSql): string => {
    const value = typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)[name] : undefined;
    if (typeof value !== 'string') throw new Error(`dist/api/api/src/bench/bench-sql.js has no ${name}; build the API first`);
    return value;
  };
  return { MY_CHILDREN_SQL: text('MY_CHILDREN_SQL'), LA_CHILDREN_SQL: text('LA_CHILDREN_SQL'), CHILD_PAGE_SQL: text('CHILD_PAGE_SQL') };
}

const CALLER = `current_setting('jwt.claims.sub', true)::uuid`;
const CALLERS_LA = `(SELECT u.local_authority_id FROM users u WHERE u.id = ${CALLER} AND u.role = 'LA_MANAGER')`;

/**
 * The SQL objects, recreated each time (idempotent): two views give the rows' shapes (their `$1` is NULL, so they
 * are empty and hidden from the GraphQL schema), and three STABLE functions, exposed as queries, run the raw
 * endpoint's statements for the JWT's user (`jwt.claims.sub`, set by the server from the verified token).
 */
export function schemaSql(sql: BenchSql): string {
  const s = POSTGRAPHILE_SCHEMA;
  const byCaller = (text: string, value: string): string => text.replaceAll('$1', value);
  const hidden = `$$@behavior -query:resource:list -query:resource:connection -query:resource:single$$`;
  return `
DROP SCHEMA IF EXISTS ${s} CASCADE;
CREATE SCHEMA ${s};
CREATE VIEW ${s}.child_summary AS ${byCaller(sql.MY_CHILDREN_SQL, 'NULL::uuid')};
CREATE VIEW ${s}.child_page AS ${byCaller(sql.CHILD_PAGE_SQL, 'NULL::uuid')};
COMMENT ON VIEW ${s}.child_summary IS ${hidden};
COMMENT ON VIEW ${s}.child_page IS ${hidden};
CREATE FUNCTION ${s}.my_children() RETURNS SETOF ${s}.child_summary LANGUAGE sql STABLE AS $fn$ ${byCaller(sql.MY_CHILDREN_SQL, CALLER)} $fn$;
CREATE FUNCTION ${s}.la_children() RETURNS SETOF ${s}.child_summary LANGUAGE sql STABLE AS $fn$ ${byCaller(sql.LA_CHILDREN_SQL, CALLERS_LA)} $fn$;
CREATE FUNCTION ${s}.child(id uuid) RETURNS ${s}.child_page LANGUAGE sql STABLE AS $fn$
  SELECT p.* FROM (${sql.CHILD_PAGE_SQL}) p WHERE p.advocate_user_id = ${CALLER} OR p.la_id = ${CALLERS_LA} $fn$;`;
}

export async function createPostgraphileSchema(databaseUrl: string): Promise<void> {
  await query(databaseUrl, schemaSql(await benchSql()));
}
