export * from './access-words';
export * from './group-accesses';
export * from './period';
