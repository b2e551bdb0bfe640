export * from './actions';
export * from './audit';
export * from './advocacy';
export * from './calendar';
export * from './commands';
// London's date and time live beside the calendar but are exported here, so the calendar's own index stays untouched.
export * from './calendar/london';
export * from './children';
export * from './escalation';
export * from './home-visits';
export * from './input';
export * from './meetings';
export * from './portal';
export * from './reports';
export * from './roles';
export * from './sign-in';
export * from './ssda903';
export * from './session-close';
