export * from './user-accounts';
export * from './user-admin-commands';
export * from './organisation-admin-commands';
export * from './organisation-rules';
