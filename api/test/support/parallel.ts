import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphqlResponse, GraphqlTestClient } from './graphql-client';

/** What one of the parallel calls got back: `ok`, or the error's code and message. */
export type Outcome = 'ok' | [code: string, message: string];

/** Signs the same account in `n` times: separate sessions, like `n` browsers. */
export async function signedInClients(n: number, signIn: () => Promise<GraphqlTestClient>): Promise<GraphqlTestClient[]> {
  const clients: GraphqlTestClient[] = [];
  // One at a time: sign-in is deliberately slow (password hashing) and the machine has two cores.
  for (let i = 0; i < n; i += 1) clients.push(await signIn());
  return clients;
}

/** Fires the same request from every client at once and waits for all of the answers. */
export async function fireAtOnce<R, V>(
  clients: readonly GraphqlTestClient[],
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<Array<GraphqlResponse<R>>> {
  return Promise.all(clients.map((client) => client.execute(document, variables)));
}

/** One call made ready to fire (its document and variables checked together), for lists of different calls. */
export type Call = (client: GraphqlTestClient) => Promise<GraphqlResponse<unknown>>;

export function call<R, V>(document: TypedDocumentNode<R, V>, variables: V): Call {
  return (client) => client.execute(document, variables);
}

/** Each answer as `ok` or [code, message], winners first, so a test can compare the whole list exactly. */
export function outcomes(responses: ReadonlyArray<GraphqlResponse<unknown>>): Outcome[] {
  const all = responses.map((r): Outcome => (r.errors.length === 0 ? 'ok' : [String(r.errors[0]?.extensions?.code), r.errors[0]?.message ?? '']));
  return [...all.filter((o) => o === 'ok'), ...all.filter((o) => o !== 'ok')];
}

/** Exactly one winner; every other call refused with CONFLICT and `message`. */
export function oneWinner(n: number, message: string): Outcome[] {
  return ['ok', ...Array.from({ length: n - 1 }, (): Outcome => ['CONFLICT', message])];
}
