import { C, F, N, OK, U, type OperationCase } from './harness';
import { freeLaCode, NOBODY, northshire } from './row-helpers';

/** Organisation administration (LAs, providers, their staff and advocates): administrators only. */
export const ORGANISATION_ADMIN_ROWS: OperationCase[] = [
  {
    op: 'Mutation.addLaStaffMemberToLa',
    vars: async ({ w }) => ({
      input: { localAuthorityId: await northshire(w), fullName: 'Matrix Admin Worker', role: 'SOCIAL_WORKER', experienced: false, managerId: null },
    }),
    expect: [U, F, F, F, OK, F, F],
  },
  { op: 'Mutation.createAdvocacyProvider', vars: () => ({ input: { name: 'Matrix Provider' } }), expect: [U, F, F, F, OK, F, F] },
  // A code no LA has yet: other suites (the national dataset among them) create LAs with codes of their own.
  {
    op: 'Mutation.createLocalAuthority',
    vars: async ({ w }) => ({ input: { code: await freeLaCode(w), name: 'Matrix Borough' } }),
    expect: [U, F, F, F, OK, F, F],
  },
  {
    op: 'Mutation.renameAdvocacyProvider',
    vars: ({ w }) => ({ input: { advocacyProviderId: w.providerId, name: 'Matrix Renamed Provider' } }),
    expect: [U, F, F, F, OK, F, F],
  },
  // Renaming Northshire to its own name and setting the coverage the provider already has: refused after the access check (CONFLICT).
  {
    op: 'Mutation.renameLocalAuthority',
    vars: async ({ w }) => ({ input: { localAuthorityId: await northshire(w), name: 'Northshire County Council' } }),
    expect: [U, F, F, F, C, F, F],
  },
  {
    op: 'Mutation.setProviderCoverage',
    vars: ({ w }) => ({ input: { advocacyProviderId: w.providerId, localAuthorityIds: [] } }),
    expect: [U, F, F, F, C, F, F],
  },
  // An edit from a version the advocate never had: CONFLICT, nothing changes.
  {
    op: 'Mutation.updateAdvocate',
    vars: ({ w }) => ({
      input: {
        advocateId: w.advocate2Id,
        version: 999,
        advocacyProviderId: w.providerId,
        employingLocalAuthorityId: null,
        languages: ['English'],
        caseloadCap: 40,
        unavailableUntil: null,
      },
    }),
    expect: [U, F, F, F, C, F, F],
  },
  {
    op: 'Mutation.updateLaStaffMember',
    vars: () => ({ input: { staffId: NOBODY, fullName: 'Nobody', role: 'SOCIAL_WORKER', experienced: false, managerId: null, active: true } }),
    expect: [U, F, F, F, N, F, F],
  },
];
