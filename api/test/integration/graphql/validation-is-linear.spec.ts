import { TestMeIdDocument } from '@heard/graphql-types/testing';
import { doublingFragments } from '../../support/doubling-fragments';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * A query whose fragments each spread the next one twice once doubled the validation time per fragment
 * (30 fragments froze the server, /health included, for more than ten minutes). Each fragment is now
 * measured once and the parser stops at GRAPHQL_MAX_TOKENS, so the refusal is immediate. Speed is
 * measured in benchmarks; here the 2 s bound only keeps a regression from hanging the run, and /health,
 * asked while the query is outstanding, shows the event loop was never blocked.
 */
describe('GraphQL validation is linear in the document', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const GUARD_MS = 2000;

  async function refusedWhileHealthy(query: string): Promise<Array<[string, unknown, number]>> {
    const graphql = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(GUARD_MS),
    });
    const health = fetch(`${api.url}/health`, { signal: AbortSignal.timeout(GUARD_MS) });
    const [graphqlResponse, healthResponse] = await Promise.all([graphql, health]);
    expect(healthResponse.status).toBe(200);
    expect(await healthResponse.json()).toEqual({ status: 'ok', database: 'up' });
    const body = (await graphqlResponse.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    return body.errors.map((e) => [e.message, e.extensions?.code, graphqlResponse.status]);
  }

  it('refuses 30 doubling fragments (2^30 fields) by their cost, at once', async () => {
    expect(await refusedWhileHealthy(doublingFragments(30))).toEqual([
      ['The query costs more than 1000000000; the most allowed is 2000. Ask for fewer fields or items.', 'QUERY_TOO_COMPLEX', 400],
    ]);
  });

  it('refuses 200 doubling fragments (8 KB, under the body limit) in the parser, by their tokens', async () => {
    // graphql-js's own wording ("more that"), exactly as it answers.
    const query = doublingFragments(200);
    expect(query.length).toBeLessThan(100 * 1024);
    expect(await refusedWhileHealthy(query)).toEqual([
      ['Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', 'GRAPHQL_PARSE_FAILED', 400],
    ]);
  });

  it('refuses more fragment definitions than GRAPHQL_MAX_FRAGMENTS', async () => {
    expect(await refusedWhileHealthy(doublingFragments(60))).toEqual([
      ['The query defines 60 fragments; the most allowed is 50.', 'GRAPHQL_VALIDATION_FAILED', 400],
    ]);
  });

  it('still answers a small doubling query within every limit', async () => {
    const result = await api.client().rawGraphql(doublingFragments(5));
    // Anonymous: the limits let it through and the guard answers, as for any `{ me { id } }`.
    const plain = await api.client().request(TestMeIdDocument);
    expect([result.status, result.errors.map((e) => e.extensions?.code)]).toEqual([plain.status, plain.errors.map((e) => e.extensions?.code)]);
  });
});
