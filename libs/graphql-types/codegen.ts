import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates libs/graphql-types/src/generated.ts from the API's committed schema (api/schema.gql)
 * and the operations the portal uses (web/src/**\/*.graphql). Never edit the output by hand:
 * run `npm run codegen`.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/schema.gql',
  documents: ['web/src/**/*.graphql'],
  generates: {
    'libs/graphql-types/src/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
  hooks: {},
};

export default config;
