import type { Config } from 'jest';
import { apiJestBase } from './jest.shared';

/** Unit tests: pure API code, no database. */
const config: Config = {
  ...apiJestBase,
  displayName: 'api:unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'],
};

export default config;
