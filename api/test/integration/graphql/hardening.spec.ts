import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

describe('GraphQL hardening', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '12', REQUEST_BODY_LIMIT_KB: '8' });
  });
  afterAll(() => api.close());

  it('refuses a query nested deeper than the limit', async () => {
    const result = await api.client().rawGraphql('{ me { id } __schema { types { fields { type { name } } } } }');
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['The query is nested 5 levels deep; the most allowed is 4.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });

  it('refuses more aliases than the limit', async () => {
    const result = await api.client().rawGraphql('{ a: me { id } b: me { id } c: me { id } d: me { id } }');
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['The query uses 4 aliases; the most allowed is 3.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });

  it('refuses a query that costs more than the limit, before running it', async () => {
    const client = api.client();
    await client.login(DEMO.admin, DEMO.password);
    const result = await client.rawGraphql('{ a: me { id email displayName role } b: me { id email displayName role } c: me { id email displayName role } }');
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['The query costs 15; the most allowed is 12. Ask for fewer fields or items.', 'QUERY_TOO_COMPLEX'],
    ]);
  });

  it('blocks cross-site simple requests (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This operation has been blocked as a potential Cross-Site Request Forgery');
  });

  it('refuses a body over the size limit with 413, not 500', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(9 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers a variable of the wrong type with 400 and a message naming it, not a 500', async () => {
    const client = api.client();
    await client.login(DEMO.advocate, DEMO.password);
    const result = await client.rawGraphql('query ($id: ID!) { child(id: $id) { id } }', { id: { x: 1 } });
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Variable "$id" got invalid value { x: 1 }; ID cannot represent value: { x: 1 }', 'BAD_USER_INPUT'],
    ]);
    expect(result.data).toBeNull();
  });

  it('answers an operation name that matches nothing with 400 naming it, not a 500', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'query A { __typename }', operationName: 'Nope' }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Unknown operation named "Nope".', 'OPERATION_RESOLUTION_FAILURE']]);
  });

  it('answers a malformed query with a parse error and no stack trace', async () => {
    const result = await api.client().rawGraphql('{ me { id ');
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(result.text).not.toContain('stacktrace');
  });

  it('answers an unknown field with a validation error naming it', async () => {
    const result = await api.client().rawGraphql('{ me { shoeSize } }');
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Cannot query field "shoeSize" on type "User".', 'GRAPHQL_VALIDATION_FAILED']]);
  });
});
