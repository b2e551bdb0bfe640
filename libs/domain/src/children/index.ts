export * from './record-retention';
export * from './interpreter-needed';
