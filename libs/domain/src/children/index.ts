export * from './record-retention';
