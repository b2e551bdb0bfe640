export * from './advocacy';
export * from './calendar';
export * from './escalation';
export * from './meetings';
export * from './roles';
