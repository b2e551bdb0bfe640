export * from './early-warning';
export * from './small-numbers';
export * from './theme-breakdowns';
export * from './period';
export * from './warning-notice';
