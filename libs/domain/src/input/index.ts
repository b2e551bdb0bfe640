export * from './date-range';
export * from './storable-text';
export * from './field-labels';
