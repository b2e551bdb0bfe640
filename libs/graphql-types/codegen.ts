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
 * Fragments both sets read the same way live once in libs/graphql-types/shared/*.graphql.
 * Never edit the outputs by hand: run `npm run codegen`.
 */
export const GENERATED = {
  portal: 'libs/graphql-types/src/generated.ts',
  testing: 'libs/graphql-types/src/testing/generated.ts',
} as const;

/** Fragments both document sets use. */
const SHARED = 'libs/graphql-types/shared/**/*.graphql';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/schema.gql',
  generates: {
    // The portal's documents are strings (the query text as sent), not syntax trees: no parser or printer in its bundle.
    [GENERATED.portal]: { documents: ['web/src/**/*.graphql', SHARED], ...types, config: { ...types.config, documentMode: 'string' } },
    [GENERATED.testing]: { documents: ['api/test/**/*.graphql', 'e2e/**/*.graphql', SHARED], ...types },
  },
  hooks: {},
};

export default config;
