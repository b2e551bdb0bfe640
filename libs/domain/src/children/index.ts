export * from './record-retention';
export * from './interpreter-needed';
export * from './missing-from-care';
