import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../support/test-app';

function withoutHeader(schema: string): string {
  return schema
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .join('\n')
    .trim();
}

describe('the committed api/schema.gql', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is exactly the schema the API serves (run `npm run schema` after changing resolvers)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8');
    const served = printSchema(api.app.get(GraphQLSchemaHost).schema);
    expect(withoutHeader(committed)).toBe(withoutHeader(served));
  });
});
