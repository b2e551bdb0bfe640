import { CHILD, LA_CHILDREN, MY_CHILDREN, signIn } from '../lib/graphql';
import { startHeard } from '../lib/heard-api';
import type { LoadOptions } from '../lib/load';
import { type Server, startServer } from '../lib/processes';
import { PG_CHILD, PG_LA_CHILDREN, PG_MY_CHILDREN } from '../postgraphile/queries';
import { createPostgraphileSchema } from '../postgraphile/schema';

export const PATHS = ['my-children', 'la-children', 'child'] as const;
export type PathName = (typeof PATHS)[number];
export const SERVERS = ['heard', 'raw', 'postgraphile'] as const;
export type ServerName = (typeof SERVERS)[number];

export interface Accounts {
  readonly advocate: string;
  readonly laManager: string;
  readonly password: string;
  /** One of the advocate's children, whose page is measured. */
  readonly childId: string;
}

/** A running server and, for each path, the request that measures it and how many rows one answer held. */
export interface ServerUnderTest {
  readonly name: ServerName;
  readonly server: Server;
  readonly requests: Readonly<Record<PathName, LoadOptions>>;
  /** Rows in one answer per path (the page: 1), checked equal across servers before measuring. */
  readonly rows: Readonly<Record<PathName, number>>;
}

const PORTS: Record<ServerName, number> = { heard: 4431, raw: 4432, postgraphile: 4433 };

const post = (url: string, token: string, query: string, variables: Record<string, unknown> = {}): LoadOptions => ({
  url: `${url}/graphql`,
  connections: 0,
  seconds: 0,
  method: 'POST',
  body: JSON.stringify({ query, variables }),
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
});

async function json<T>(request: LoadOptions): Promise<T> {
  const response = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body: request.body });
  if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
  return (await response.json()) as T;
}

interface GraphqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}

async function data<T>(request: LoadOptions): Promise<T> {
  const answer = await json<GraphqlAnswer<T>>(request);
  if (answer.errors !== undefined || answer.data === undefined) throw new Error(`GraphQL failed: ${answer.errors?.map((e) => e.message).join('; ')}`);
  return answer.data;
}

/** Heard's API with `workers` processes (API_WORKERS), signed in as the advocate and the LA manager. */
export async function startHeardUnderTest(databaseUrl: string, jwtSecret: string, workers: number, accounts: Accounts): Promise<ServerUnderTest> {
  const server = await startHeard({ databaseUrl, port: PORTS.heard, jwtSecret, workers });
  const advocate = await signIn(server.url, accounts.advocate, accounts.password);
  const manager = await signIn(server.url, accounts.laManager, accounts.password);
  const requests = {
    'my-children': { ...post(server.url, advocate, MY_CHILDREN), body: JSON.stringify({ query: MY_CHILDREN, operationName: 'MyChildren' }) },
    'la-children': post(server.url, manager, LA_CHILDREN),
    child: post(server.url, advocate, CHILD, { id: accounts.childId }),
  };
  const rows = {
    'my-children': (await data<{ myChildren: unknown[] }>(requests['my-children'])).myChildren.length,
    'la-children': (await data<{ laChildren: unknown[] }>(requests['la-children'])).laChildren.length,
    child: (await data<{ child: { id: string } | null }>(requests.child)).child?.id === accounts.childId ? 1 : 0,
  };
  return { name: 'heard', server, requests, rows };
}

/** The raw-SQL endpoint (`api/src/bench/raw-my-children.ts`), statements prepared, `workers` processes. */
export async function startRawUnderTest(databaseUrl: string, workers: number, accounts: Accounts): Promise<ServerUnderTest> {
  const server = await startServer(
    'raw-sql endpoint',
    ['dist/api/api/src/bench/raw-my-children.js', String(PORTS.raw), accounts.advocate, `--la-manager=${accounts.laManager}`, `--workers=${workers}`],
    { DATABASE_URL: databaseUrl },
    PORTS.raw,
  );
  const get = (path: string): LoadOptions => ({ url: `${server.url}${path}`, connections: 0, seconds: 0 });
  const requests = { 'my-children': get('/my-children'), 'la-children': get('/la-children'), child: get(`/child/${accounts.childId}`) };
  const rows = {
    'my-children': (await json<unknown[]>(requests['my-children'])).length,
    'la-children': (await json<unknown[]>(requests['la-children'])).length,
    child: (await json<Array<{ id: string }>>(requests.child)).filter((row) => row.id === accounts.childId).length,
  };
  return { name: 'raw', server, requests, rows };
}

/** PostGraphile 5 (`bench/postgraphile/`), JWT verified with Heard's secret; tokens are Heard's, signed in through Heard. */
export async function startPostgraphileUnderTest(
  databaseUrl: string,
  jwtSecret: string,
  workers: number,
  tokens: { readonly advocate: string; readonly laManager: string },
  childId: string,
): Promise<ServerUnderTest> {
  await createPostgraphileSchema(databaseUrl);
  const server = await startServer(
    'PostGraphile',
    ['dist/bench/bench/postgraphile/server.js', String(PORTS.postgraphile), `--workers=${workers}`],
    { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret },
    PORTS.postgraphile,
  );
  const requests = {
    'my-children': post(server.url, tokens.advocate, PG_MY_CHILDREN),
    'la-children': post(server.url, tokens.laManager, PG_LA_CHILDREN),
    child: post(server.url, tokens.advocate, PG_CHILD, { id: childId }),
  };
  const rows = {
    'my-children': (await data<{ myChildren: { nodes: unknown[] } }>(requests['my-children'])).myChildren.nodes.length,
    'la-children': (await data<{ laChildren: { nodes: unknown[] } }>(requests['la-children'])).laChildren.nodes.length,
    child: (await data<{ child: { rowId: string | null } | null }>(requests.child)).child?.rowId === childId ? 1 : 0,
  };
  return { name: 'postgraphile', server, requests, rows };
}

/** Heard's access token for an account (PostGraphile verifies the same tokens). */
export async function tokenFor(heard: ServerUnderTest, email: string, password: string): Promise<string> {
  return signIn(heard.server.url, email, password);
}
