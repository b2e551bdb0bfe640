export * from './advocacy';
export * from './calendar';
export * from './meetings';
export * from './roles';
