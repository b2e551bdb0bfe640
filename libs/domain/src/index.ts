export * from './audit';
export * from './advocacy';
export * from './calendar';
export * from './escalation';
export * from './home-visits';
export * from './meetings';
export * from './roles';
export * from './ssda903';
