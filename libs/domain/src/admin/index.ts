export * from './organisation-admin-commands';
export * from './organisation-rules';
