export * from './commands';
export * from './draft';
export * from './reading-age';
