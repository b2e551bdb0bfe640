export * from './record-retention';
export * from './interpreter-needed';
export * from './missing-from-care';
export * from './child-commands';
export * from './child-search';
export * from './record-disposal';
