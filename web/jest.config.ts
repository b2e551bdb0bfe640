import type { Config } from 'jest';

/** Unit tests of the portal's view logic: pure TypeScript in Node, no Angular and no browser. */
const config: Config = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@heard/domain$': '<rootDir>/../libs/domain/src/index.ts',
    '^@heard/graphql-types$': '<rootDir>/../libs/graphql-types/src/index.ts',
  },
};

export default config;
