export * from './codes';
export * from './duplicate-rows';
export * from './files';
export * from './finding-codes';
export * from './periods-of-care';
export * from './return-totals';
export * from './rows';
