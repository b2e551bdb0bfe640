import { graphql, MY_CHILDREN } from './lib/graphql';
import { load, type LoadResult } from './lib/load';
import { startServer } from './lib/processes';
import { round } from './lib/stats';

export interface MyChildrenResult {
  readonly children: number;
  readonly connections: number;
  readonly graphql: LoadResult;
  readonly rawSql: LoadResult;
  /** GraphQL throughput as a share of the raw-SQL endpoint's (target ≥ 0.4). */
  readonly ratio: number;
}

/**
 * An advocate's "My children" through GraphQL with authentication (and its audit rows), then the same
 * rows from a minimal raw-SQL endpoint, under the same concurrent load: the raw endpoint is the ceiling.
 */
export async function benchMyChildren(apiUrl: string, token: string, email: string, databaseUrl: string, connections: number, seconds: number): Promise<MyChildrenResult> {
  const first = await graphql<{ myChildren: unknown[] }>(apiUrl, MY_CHILDREN, {}, token);
  const body = JSON.stringify({ query: MY_CHILDREN, operationName: 'MyChildren' });
  const viaGraphql = await load({ url: `${apiUrl}/graphql`, connections, seconds, method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
  const raw = await startServer('raw-sql endpoint', ['dist/api/api/src/bench/raw-my-children.js', '4412', email], { DATABASE_URL: databaseUrl }, 4412);
  try {
    const rows = (await (await fetch(`${raw.url}/my-children`)).json()) as unknown[];
    if (rows.length !== first.myChildren.length) throw new Error(`raw endpoint returned ${rows.length} children, GraphQL ${first.myChildren.length}`);
    const viaRaw = await load({ url: `${raw.url}/my-children`, connections, seconds });
    return { children: first.myChildren.length, connections, graphql: viaGraphql, rawSql: viaRaw, ratio: round(viaGraphql.requestsPerSecond / viaRaw.requestsPerSecond, 2) };
  } finally {
    await raw.stop();
  }
}
