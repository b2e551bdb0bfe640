import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'dist/**', '.nx/**', '.angular/**', 'tmp/**', '.data/**', 'libs/graphql-types/src/generated.ts', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm', 'pg', 'rxjs', 'express', 'graphql', 'graphql-*', '@apollo/*'],
            },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:report', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:domain', 'type:report'], bannedExternalImports: ['@angular/*'] },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contract'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:domain'] },
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:contract', 'type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/api/**', 'api/*'], message: 'The portal never imports the API: use the GraphQL contract (@heard/graphql-types).' }] }],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    rules: {
      // Nest resolves classes through emitted decorator metadata: constructor parameter types must stay value imports.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
);
