export * from './lockout';
