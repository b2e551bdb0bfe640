export * from './command-table';
