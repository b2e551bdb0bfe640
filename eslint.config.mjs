import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * "Today" is the date in London (Europe/London, GMT/BST), never the UTC date nor the browser's: see
 * libs/domain/src/calendar/london.ts. These selectors catch the ways an instant used to become a date.
 */
const LONDON_HELPER = 'Use the London helpers in @heard/domain (londonDate, formatLondonTime) or Clock.today(): "today" is the date in London.';
const NOW = ":matches(CallExpression[callee.property.name='now'], NewExpression[callee.name='Date'][arguments.length=0])";
const UTC_DATE_OF_NOW = { selector: `CallExpression[callee.name='isoDateOf']:has(${NOW})`, message: `isoDateOf(...now()) is the UTC date. ${LONDON_HELPER}` };
const UTC_DATE_OF_ANY = { selector: "CallExpression[callee.name='isoDateOf']", message: `isoDateOf gives the UTC date of an instant. ${LONDON_HELPER}` };
const UTC_DATE_SLICE = [
  {
    selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name='toISOString']",
    message: `.toISOString().slice(...) reads the UTC date or time. ${LONDON_HELPER}`,
  },
  {
    selector: 'CallExpression[callee.property.name=/^(getFullYear|getMonth|getDate|getDay|getHours|getMinutes)$/]',
    message: `Local-time getters read the machine's or browser's time zone. ${LONDON_HELPER}`,
  },
];
const LONDON_GUARD_IGNORES = ['**/*.spec.ts', '**/test/**', 'libs/domain/src/calendar/london.ts', 'libs/domain/src/calendar/iso-date.ts'];

/** Which projects each kind may import; `apiMayUse` widens for the API's tests, which call it through the GraphQL contract. */
const moduleBoundaries = (apiMayUse) => [
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
      { sourceTag: 'scope:api', onlyDependOnLibsWithTags: apiMayUse, bannedExternalImports: ['@angular/*'] },
      // A tool (the national data generator, the round-robin proxy) knows at most the domain, never the API's Nest or TypeORM code.
      {
        sourceTag: 'type:tool',
        onlyDependOnLibsWithTags: ['type:domain'],
        bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm', 'express', 'graphql', '@apollo/*'],
      },
      {
        sourceTag: 'scope:web',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract'],
        bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express'],
      },
      { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:domain'] },
      { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:tool'] },
    ],
  },
];

/** Resolves relative imports and the workspace aliases (tsconfig.base.json paths) to .ts files, for import-x/no-cycle. */
const TS_RESOLVER = createNodeResolver({
  extensions: ['.ts', '.js', '.mjs', '.json'],
  tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.nx/**',
      '.angular/**',
      'tmp/**',
      '.data/**',
      'libs/graphql-types/src/**/generated.ts',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
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
      '@nx/enforce-module-boundaries': moduleBoundaries(['type:domain', 'type:report', 'type:tool']),
    },
  },
  {
    // The integration tests call the API through the generated GraphQL contract (@heard/graphql-types/testing).
    files: ['api/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries(['type:domain', 'type:report', 'type:tool', 'type:contract']) },
  },
  {
    // No file-level import cycle anywhere (type-only imports excepted: they vanish at run time).
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [TS_RESOLVER],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Shared API code (guards, decorators, exceptions, validation) never depends on a feature: a feature
    // provides what common/ needs under an injection token declared in common/ (see common/guards/caller-authenticator.ts).
    files: ['api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/modules/**'], message: 'common/ never imports a feature: declare an interface and token in common/, provided by the feature.' },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/**', 'api/*'], message: 'The portal never imports the API: use the GraphQL contract (@heard/graphql-types).' }] },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    rules: {
      // Nest resolves classes through emitted decorator metadata: constructor parameter types must stay value imports.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Untyped results stop at the typed SQL helpers (api/src/database/sql.ts): a feature's rows are declared next to its SQL.
    files: ['api/src/**/*.ts'],
    ignores: [
      // Jest's asymmetric matchers (expect.objectContaining, expect.any) are typed `any` by design.
      '**/*.spec.ts',
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
    },
  },
  {
    // The API and the portal never turn an instant into a date or a time except through the London helpers.
    files: ['api/src/**/*.ts', 'web/src/**/*.ts', 'tools/*/src/**/*.ts'],
    ignores: LONDON_GUARD_IGNORES,
    rules: { 'no-restricted-syntax': ['error', UTC_DATE_OF_ANY, ...UTC_DATE_SLICE] },
  },
  {
    // The domain computes on whole UTC day numbers (Date.UTC + toISOString is correct there), but never takes "today" from UTC.
    files: ['libs/*/src/**/*.ts'],
    ignores: LONDON_GUARD_IGNORES,
    rules: { 'no-restricted-syntax': ['error', UTC_DATE_OF_NOW] },
  },
);
