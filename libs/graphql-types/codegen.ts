import type { CodegenConfig } from '@graphql-codegen/cli';

const types = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    strictScalars: true,
    scalars: { DateTime: 'string' },
    avoidOptionals: { field: true, inputValue: false },
  },
};

/**
 * Generates, from the API's committed schema (api/schema.gql), the typed documents of:
 * - the portal's operations (web/src/**\/*.graphql) into libs/graphql-types/src/generated.ts
 *   (`@heard/graphql-types`);
 * - the integration and e2e tests' own operations (api/test/**\/*.graphql, e2e/**\/*.graphql) into
 *   libs/graphql-types/src/testing/generated.ts (`@heard/graphql-types/testing`), apart so the portal's
 *   bundle never carries them.
 * Never edit the outputs by hand: run `npm run codegen`.
 */
export const GENERATED = {
  portal: 'libs/graphql-types/src/generated.ts',
  testing: 'libs/graphql-types/src/testing/generated.ts',
} as const;

const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/schema.gql',
  generates: {
    [GENERATED.portal]: { documents: ['web/src/**/*.graphql'], ...types },
    [GENERATED.testing]: { documents: ['api/test/**/*.graphql', 'e2e/**/*.graphql'], ...types },
  },
  hooks: {},
};

export default config;
