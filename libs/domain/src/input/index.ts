export * from './date-range';
export * from './storable-text';
