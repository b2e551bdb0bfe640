export * from './subject-access-roles';
export * from './third-party-names';
