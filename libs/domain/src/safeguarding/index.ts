export * from './acknowledgement-deadline';
export * from './safeguarding-commands';
