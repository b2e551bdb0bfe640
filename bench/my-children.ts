import { graphql, MY_CHILDREN } from './lib/graphql';
import { load, type LoadResult } from './lib/load';
import { startServer } from './lib/processes';
import { round } from './lib/stats';

export interface MyChildrenResult {
  readonly children: number;
  readonly connections: number;
  /** Every client sends its next request as soon as the last is answered: the API's capacity, and latency when saturated. */
  readonly graphql: LoadResult;
  /** The same clients sending PACED_RATE requests a second between them: latency under a busy but unsaturated load (absent from runs made before it was measured). */
  readonly graphqlPaced?: LoadResult & { readonly overallRate: number };
  readonly rawSql: LoadResult;
  /** GraphQL throughput as a share of the raw-SQL endpoint's (target ≥ 0.4). */
  readonly ratio: number;
}

/** 50 clients at 100 requests a second in all: each advocate reloading "My children" every half second, far above real use. */
const PACED_RATE = 100;

/**
 * An advocate's "My children" through GraphQL with authentication (and its audit rows), then the same
 * rows from a minimal raw-SQL endpoint, under the same concurrent load: the raw endpoint is the ceiling.
 */
export async function benchMyChildren(apiUrl: string, token: string, email: string, databaseUrl: string, connections: number, seconds: number): Promise<MyChildrenResult> {
  const first = await graphql<{ myChildren: unknown[] }>(apiUrl, MY_CHILDREN, {}, token);
  const body = JSON.stringify({ query: MY_CHILDREN, operationName: 'MyChildren' });
  const request = { url: `${apiUrl}/graphql`, connections, seconds, method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } } as const;
  const viaGraphql = await load(request);
  const paced = { ...(await load({ ...request, overallRate: PACED_RATE })), overallRate: PACED_RATE };
  const raw = await startServer('raw-sql endpoint', ['dist/api/api/src/bench/raw-my-children.js', '4412', email], { DATABASE_URL: databaseUrl }, 4412);
  try {
    const rows = (await (await fetch(`${raw.url}/my-children`)).json()) as unknown[];
    if (rows.length !== first.myChildren.length) throw new Error(`raw endpoint returned ${rows.length} children, GraphQL ${first.myChildren.length}`);
    const viaRaw = await load({ url: `${raw.url}/my-children`, connections, seconds });
    return { children: first.myChildren.length, connections, graphql: viaGraphql, graphqlPaced: paced, rawSql: viaRaw, ratio: round(viaGraphql.requestsPerSecond / viaRaw.requestsPerSecond, 2) };
  } finally {
    await raw.stop();
  }
}
