export * from './recommendation-answers';
