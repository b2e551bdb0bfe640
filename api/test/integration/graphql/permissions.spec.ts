import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage';
import type { GraphQLObjectType } from 'graphql';
import { ALLOW_METADATA, type Permission } from '../../../src/common/decorators/allow.decorator';
import { dummyValue } from '../../support/dummy-values';
import { startTestApp, type TestApp } from '../../support/test-app';

type Kind = 'Query' | 'Mutation' | 'Subscription';

function declaredPermissions(): Map<string, Permission | undefined> {
  const entries: Array<[Kind, ReturnType<typeof TypeMetadataStorage.getQueriesMetadata>]> = [
    ['Query', TypeMetadataStorage.getQueriesMetadata()],
    ['Mutation', TypeMetadataStorage.getMutationsMetadata()],
    ['Subscription', TypeMetadataStorage.getSubscriptionsMetadata()],
  ];
  const found = new Map<string, Permission | undefined>();
  for (const [kind, operations] of entries) {
    for (const operation of operations) {
      const handler = (operation.target.prototype as Record<string, unknown>)[operation.methodName];
      const permission = Reflect.getMetadata(ALLOW_METADATA, handler as object) as Permission | undefined;
      found.set(`${kind}.${operation.schemaName}`, permission);
    }
  }
  return found;
}

function rootFields(schema: GraphQLSchemaHost['schema']): string[] {
  const roots: Array<[Kind, GraphQLObjectType | null | undefined]> = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) => Object.keys(type?.getFields() ?? {}).map((name) => `${kind}.${name}`)).sort();
}

describe('deny by default: every operation declares who may call it', () => {
  let api: TestApp;
  let fields: string[];
  let permissions: Map<string, Permission | undefined>;

  beforeAll(async () => {
    api = await startTestApp();
    fields = rootFields(api.app.get(GraphQLSchemaHost).schema);
    permissions = declaredPermissions();
  });
  afterAll(() => api.close());

  it('finds a permission declaration for every query, mutation and subscription in the schema', () => {
    const undeclared = fields.filter((field) => permissions.get(field) === undefined);
    expect(undeclared).toEqual([]);
    expect(fields.length).toBeGreaterThanOrEqual(5);
  });

  it('matches the recorded table of who may call what', () => {
    const table = Object.fromEntries(
      fields.map((field) => {
        const permission = permissions.get(field);
        return [field, permission?.kind === 'roles' ? [...permission.roles].sort().join(', ') : 'PUBLIC'];
      }),
    );
    expect(table).toMatchSnapshot();
  });

  it('refuses every non-public query and mutation when called without signing in', async () => {
    const guarded = fields.filter((f) => !f.startsWith('Subscription.') && permissions.get(f)?.kind === 'roles');
    const schema = api.app.get(GraphQLSchemaHost).schema;
    for (const field of guarded) {
      const [kind, name] = field.split('.') as [Kind, string];
      const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
      const definition = type?.getFields()[name];
      const args = definition?.args ?? [];
      const hasSelection = !['String', 'Boolean', 'Int', 'ID', 'Float', 'DateTime'].includes(String(definition?.type).replace(/[![\]]/g, ''));
      const query = `${kind === 'Query' ? 'query' : 'mutation'}${args.length > 0 ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : ''} { ${name}${
        args.length > 0 ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''
      }${hasSelection ? ' { __typename }' : ''} }`;
      const variables = Object.fromEntries(args.map((a) => [a.name, dummyValue(a.type)]));
      const result = await api.client().rawGraphql(query, variables);
      expect({ field, codes: result.errors.map((e) => e.extensions?.code) }).toEqual({ field, codes: ['UNAUTHENTICATED'] });
      // Nothing leaks: the whole result is null, or (for a nullable field) the field is.
      expect({ field, data: (result.data as Record<string, unknown> | null)?.[name] ?? null }).toEqual({ field, data: null });
    }
  });
});
