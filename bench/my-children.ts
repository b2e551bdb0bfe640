import { graphql, MY_CHILDREN } from './lib/graphql';
import { load, type LoadResult } from './lib/load';
import { pacedLoad, type PacedResult } from './lib/paced-load';
import { startServer } from './lib/processes';
import { round } from './lib/stats';

export interface MyChildrenResult {
  readonly children: number;
  readonly connections: number;
  /** Every client sends its next request as soon as the last is answered: the API's capacity, and its latency when saturated. */
  readonly graphql: LoadResult;
  /** The same clients sending PACED_RATE evenly spaced requests a second between them: latency under a busy but unsaturated load (absent from earlier runs). */
  readonly graphqlPaced?: PacedResult;
  /** The raw-SQL endpoint with its statement prepared once per connection, as the API prepares it: the ceiling. */
  readonly rawSql: LoadResult;
  /** The raw-SQL endpoint also writing the 40 audit rows the API must write, in the same statement: the ceiling for an audited read (absent from earlier runs). */
  readonly rawSqlAudited?: LoadResult;
  /** The raw-SQL endpoint planning its statement on every request, as the API and the endpoint both did in the "before" run (absent from earlier runs). */
  readonly rawSqlUnprepared?: LoadResult;
  /** GraphQL throughput as a share of the raw-SQL endpoint's (target ≥ 0.4). */
  readonly ratio: number;
}

/** 50 clients at 100 requests a second in all: each advocate reloading "My children" every half second, far above real use. */
const PACED_RATE = 100;

/**
 * An advocate's "My children" through GraphQL with authentication (and its audit rows), then the same
 * rows from a minimal raw-SQL endpoint, under the same concurrent load: the raw endpoint is the ceiling.
 */
export async function benchMyChildren(
  apiUrl: string,
  token: string,
  email: string,
  databaseUrl: string,
  connections: number,
  seconds: number,
): Promise<MyChildrenResult> {
  const first = await graphql<{ myChildren: unknown[] }>(apiUrl, MY_CHILDREN, {}, token);
  const body = JSON.stringify({ query: MY_CHILDREN, operationName: 'MyChildren' });
  const request = {
    url: `${apiUrl}/graphql`,
    connections,
    seconds,
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  } as const;
  const viaGraphql = await load(request);
  const paced = await pacedLoad({ ...request, overallRate: PACED_RATE });
  const rawSql = await loadRaw(email, databaseUrl, first.myChildren.length, connections, seconds, []);
  const rawSqlAudited = await loadRaw(email, databaseUrl, first.myChildren.length, connections, seconds, ['--audited']);
  const rawSqlUnprepared = await loadRaw(email, databaseUrl, first.myChildren.length, connections, seconds, ['--unprepared']);
  return {
    children: first.myChildren.length,
    connections,
    graphql: viaGraphql,
    graphqlPaced: paced,
    rawSql,
    rawSqlAudited,
    rawSqlUnprepared,
    ratio: round(viaGraphql.requestsPerSecond / rawSql.requestsPerSecond, 2),
  };
}

async function loadRaw(
  email: string,
  databaseUrl: string,
  children: number,
  connections: number,
  seconds: number,
  flags: readonly string[],
): Promise<LoadResult> {
  const raw = await startServer(
    'raw-sql endpoint',
    ['dist/api/api/src/bench/raw-my-children.js', '4412', email, ...flags],
    { DATABASE_URL: databaseUrl },
    4412,
  );
  try {
    const rows = (await (await fetch(`${raw.url}/my-children`)).json()) as unknown[];
    if (rows.length !== children) throw new Error(`raw endpoint returned ${rows.length} children, GraphQL ${children}`);
    return await load({ url: `${raw.url}/my-children`, connections, seconds });
  } finally {
    await raw.stop();
  }
}
