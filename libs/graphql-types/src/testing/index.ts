/** The integration and e2e tests' own operations: never imported by the portal. */
export * from './generated';
