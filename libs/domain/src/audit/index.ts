export * from './audit-purpose';
