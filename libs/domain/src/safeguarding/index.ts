export * from './acknowledgement-deadline';
