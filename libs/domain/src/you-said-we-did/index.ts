export * from './outcomes';
export * from './outcome-themes';
