export * from './ladder';
export * from './stage-deadlines';
export * from './stages';
export * from './themes';
export * from './concern-commands';
