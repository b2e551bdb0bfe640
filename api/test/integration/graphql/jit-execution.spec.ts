import { MyChildrenDocument } from '@heard/graphql-types';
import { JitExecution } from '../../../src/graphql/jit-execution';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

/** The running API executes the portal's operations compiled by graphql-jit from their second run, with the same answers. */
describe('GraphQL execution compiled by graphql-jit', () => {
  let api: TestApp;
  let advocate: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    advocate = api.client();
    await advocate.login(DEMO.advocate, DEMO.password);
  });
  afterAll(() => api.close());

  it('answers "My children" the same on graphql-js (first run) and compiled (second run), compiling it once', async () => {
    const jit = api.app.get(JitExecution);
    const query = MyChildrenDocument;
    const compiledBefore = jit.compiledOperations;
    const first = await advocate.request(query);
    expect(jit.compiledOperations).toBe(compiledBefore);
    const second = await advocate.request(query);
    expect(jit.compiledOperations).toBe(compiledBefore + 1);
    const third = await advocate.request(query);
    expect(jit.compiledOperations).toBe(compiledBefore + 1);
    expect(first.errors).toEqual([]);
    expect((first.data?.myChildren ?? []).length).toBeGreaterThan(0);
    // Byte for byte the same response body.
    expect(second.text).toBe(first.text);
    expect(third.text).toBe(first.text);
  });

  it('refuses another role with the same FORBIDDEN error once the operation is compiled', async () => {
    const manager = api.client();
    await manager.login(DEMO.manager, DEMO.password);
    const query = MyChildrenDocument;
    const answers = [await manager.request(query), await manager.request(query), await manager.request(query)];
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
    }
  });
});
