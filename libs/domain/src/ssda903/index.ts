export * from './codes';
export * from './files';
export * from './periods-of-care';
export * from './rows';
