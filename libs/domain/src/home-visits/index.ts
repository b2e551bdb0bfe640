export * from './quality-standards';
export * from './visit-report';
export * from './visit-schedule';
export * from './visit-visibility';
export * from './visit-commands';
