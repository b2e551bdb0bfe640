import type { Config } from 'jest';

export const apiJestBase: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@heard/domain$': '<rootDir>/../libs/domain/src/index.ts',
    '^@heard/report$': '<rootDir>/../libs/report/src/index.ts',
    '^@heard/graphql-types$': '<rootDir>/../libs/graphql-types/src/index.ts',
    '^@heard/graphql-types/testing$': '<rootDir>/../libs/graphql-types/src/testing/index.ts',
    '^@heard/national-data$': '<rootDir>/../tools/national-data/src/index.ts',
    '^@heard/round-robin-proxy$': '<rootDir>/../tools/round-robin-proxy/src/index.ts',
  },
};
