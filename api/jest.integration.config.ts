import type { Config } from 'jest';
import { apiJestBase } from './jest.shared';

/**
 * Integration tests against a real PostgreSQL: TEST_DATABASE_URL or DATABASE_URL when set, an
 * embedded PostgreSQL otherwise. Each run gets its own throwaway database (see test/setup).
 */
const config: Config = {
  ...apiJestBase,
  displayName: 'api:integration',
  testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60_000,
};

export default config;
