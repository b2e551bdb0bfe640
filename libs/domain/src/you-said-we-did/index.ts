export * from './outcomes';
