import {
  buildSchema,
  type DocumentNode,
  execute,
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { JitExecution } from './jit-execution';

class Refused extends Error {}

const SDL = `
  type Query { children(limit: Int!): [Child!]!, refused: Child, child: Child!, echo(input: Note!): String! }
  input Note { text: String!, confidential: Boolean! = false, status: Status }
  type Child { id: ID!, name: String!, preferred: String, status: Status!, offer: Offer }
  type Offer { due: String!, overdue: Boolean! }
  enum Status { DUE OVERDUE }
`;
const schema = buildSchema(SDL);

const children = [
  { id: 'a', name: 'Ada', preferred: null, status: 'DUE', offer: { due: '2026-01-02', overdue: false } },
  { id: 'b', name: 'Ben', preferred: 'B', status: 'OVERDUE', offer: null },
];
const rootResolvers = {
  children: ({ limit }: { limit: number }) => Promise.resolve(children.slice(0, limit)),
  refused: () => Promise.reject(new Refused('not yours')),
  child: () => null,
  echo: (args: { input: unknown }) => JSON.stringify(args.input),
};

const APOLLO = { apollo: { key: undefined, keyHash: undefined, graphRef: undefined } };

/**
 * Runs an operation as Apollo Server hands it to the gateway's executor. Pass the same parsed document
 * to run it again (compiled operations are kept per document). `askedFor` is an operation name the
 * client sent that matched nothing: Apollo then leaves the operation unresolved.
 */
async function run(jit: JitExecution, query: string | DocumentNode, variables: Record<string, unknown>, askedFor?: string) {
  const { executor } = await jit.gateway.load(APOLLO);
  if (executor === null) throw new Error('no executor');
  const document = typeof query === 'string' ? parse(query) : query;
  const operation = askedFor === undefined ? document.definitions[0] : undefined;
  const request = { request: { variables, operationName: askedFor }, document, operation, operationName: null, context: {} };
  return executor(request as unknown as Parameters<typeof executor>[0]);
}

function graphqlJs(target: GraphQLSchema, query: string, variables: Record<string, unknown>) {
  return execute({ schema: target, document: parse(query), variableValues: variables, rootValue: rootResolvers });
}

describe('JitExecution', () => {
  /** The schema Nest would build, with resolvers on the Query type (graphql-jit and graphql-js both call them). */
  function withResolvers(): GraphQLSchema {
    const built = buildSchema(SDL);
    const fields = built.getQueryType()?.getFields() ?? {};
    for (const [name, resolve] of Object.entries(rootResolvers)) {
      const field = fields[name];
      if (field !== undefined) field.resolve = (_root, args: { limit: number; input: unknown }) => resolve(args);
    }
    return built;
  }

  it('runs an operation on graphql-js the first time and compiles it for the second, once', async () => {
    const target = withResolvers();
    const jit = new JitExecution();
    jit.captureSchema(target);
    const document = parse('query ($n: Int!) { children(limit: $n) { id status } }');
    const expected = (n: number) => ({ data: { children: children.slice(0, n).map(({ id, status }) => ({ id, status })) } });
    expect(await run(jit, document, { n: 1 })).toEqual(expected(1));
    expect(jit.compiledOperations).toBe(0);
    expect(await run(jit, document, { n: 2 })).toEqual(expected(2));
    expect(jit.compiledOperations).toBe(1);
    expect(await run(jit, document, { n: 1 })).toEqual(expected(1));
    expect(jit.compiledOperations).toBe(1);
  });

  it('leaves an operation name that matches nothing to graphql-js, which names the problem', async () => {
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(withResolvers());
    const result = await run(jit, 'query A { child { id } }', {}, 'Nope');
    expect(result.errors?.map((e) => e.message)).toEqual(['Unknown operation named "Nope".']);
    expect(jit.compiledOperations).toBe(0);
  });

  it('refuses a custom scalar that cannot be serialised, with the same error and nulls as graphql-js', async () => {
    const at = new GraphQLScalarType({ name: 'DateTime', serialize: (value) => (value instanceof Date ? value.toISOString() : null) });
    const target = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          events: {
            type: new GraphQLList(new GraphQLObjectType({ name: 'Event', fields: { at: { type: new GraphQLNonNull(at) }, note: { type: GraphQLString } } })),
            resolve: () => [
              { at: new Date('2026-12-01T09:00:00Z'), note: 'fine' },
              { at: 'not a date', note: 'broken' },
            ],
          },
        },
      }),
    });
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(target);
    const query = '{ events { at note } }';
    const result = await run(jit, query, {});
    expect(jit.compiledOperations).toBe(1);
    expect(result.data).toEqual({ events: [{ at: '2026-12-01T09:00:00.000Z', note: 'fine' }, null] });
    expect(result.errors?.map((e) => [e.message, e.path])).toEqual([
      ['Expected `DateTime.serialize("not a date")` to return non-nullable value, returned: null', ['events', 1, 'at']],
    ]);
    const reference = await execute({ schema: target, document: parse(query) });
    expect(result.data).toEqual(reference.data);
    expect(result.errors?.map((e) => [e.message, e.path])).toEqual(reference.errors?.map((e) => [e.message, e.path]));
  });

  it('refuses to run before Nest has built the schema', async () => {
    const jit = new JitExecution({ compileAfterRuns: 0 });
    await expect(jit.gateway.load(APOLLO)).rejects.toThrow('schema has not been built');
  });

  it('hands Apollo the schema it was given, unchanged', async () => {
    const jit = new JitExecution({ compileAfterRuns: 0 });
    expect(jit.captureSchema(schema)).toBe(schema);
    await jit.gateway.load(APOLLO);
    const seen: GraphQLSchema[] = [];
    jit.gateway.onSchemaLoadOrUpdate(({ apiSchema }) => seen.push(apiSchema));
    expect(seen).toEqual([schema]);
  });

  it('gives the same result as graphql-js for lists, nesting, nulls, enums and variables', async () => {
    const target = withResolvers();
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(target);
    const query = 'query ($n: Int!) { children(limit: $n) { id name preferred status offer { due overdue } } }';
    const result = await run(jit, query, { n: 2 });
    expect(jit.compiledOperations).toBe(1);
    expect(result).toEqual(await graphqlJs(target, query, { n: 2 }));
    expect(result.data).toEqual({
      children: [
        { id: 'a', name: 'Ada', preferred: null, status: 'DUE', offer: { due: '2026-01-02', overdue: false } },
        { id: 'b', name: 'Ben', preferred: 'B', status: 'OVERDUE', offer: null },
      ],
    });
  });

  it('fills in an input field’s default value from variables, as graphql-js does', async () => {
    const target = withResolvers();
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(target);
    const query = 'query ($note: Note!) { echo(input: $note) }';
    const variables = { note: { text: 'Told by phone', status: 'DUE' } };
    const result = await run(jit, query, variables);
    expect(result).toEqual(await graphqlJs(target, query, variables));
    expect(result.data).toEqual({ echo: '{"text":"Told by phone","confidential":false,"status":"DUE"}' });
  });

  it('keeps a resolver’s own error as originalError, with its path, for the error formatter', async () => {
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(withResolvers());
    const result = await run(jit, '{ refused { id } }', {});
    expect(result.data).toEqual({ refused: null });
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.message).toBe('not yours');
    expect(error?.path).toEqual(['refused']);
    expect(error?.originalError).toBeInstanceOf(Refused);
    expect(error?.extensions).toEqual({});
    expect(error?.toJSON()).toEqual({ message: 'not yours', locations: [{ line: 1, column: 3 }], path: ['refused'] });
  });

  it('nulls the whole result when a non-null field has no value, as graphql-js does', async () => {
    const target = withResolvers();
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(target);
    const result = await run(jit, '{ child { id } }', {});
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.message)).toEqual(['Cannot return null for non-nullable field Query.child.']);
  });

  it('reports a bad variable as graphql-js does (Apollo then answers BAD_USER_INPUT, HTTP 400), without running anything', async () => {
    const target = withResolvers();
    const jit = new JitExecution({ compileAfterRuns: 0 });
    jit.captureSchema(target);
    const query = 'query ($n: Int!) { children(limit: $n) { id } }';
    const result = await run(jit, query, { n: 'two' });
    expect(result).toEqual(await graphqlJs(target, query, { n: 'two' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual(['Variable "$n" got invalid value "two"; Int cannot represent non-integer value: "two"']);
    expect(result.errors?.[0]?.nodes?.map((n) => n.kind)).toEqual(['VariableDefinition']);
  });
});
