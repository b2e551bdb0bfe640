export * from './portal-addresses';
