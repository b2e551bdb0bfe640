export * from './theme-answers';
