export * from './theme-answers';
export * from './provider-answers';
