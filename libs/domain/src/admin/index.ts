export * from './user-accounts';
export * from './user-admin-commands';
