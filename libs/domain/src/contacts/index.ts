export * from './contact-kinds';
export * from './contact-standard';
