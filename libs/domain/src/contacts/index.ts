export * from './contact-kinds';
export * from './contact-standard';
export * from './contact-time';
