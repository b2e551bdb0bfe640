import { MatrixInviteUserDocument } from '@heard/graphql-types/testing';
import { C, F, OK, U, B, type OperationCase } from './harness';
import type { World } from './world';

const NOBODY = '00000000-0000-4000-8000-000000000000';
let invited = 0;
/** A newly invited account (by admin@) for a row to change, so no row touches a demo account. */
export async function freshUser(w: World): Promise<string> {
  invited += 1;
  const input = { displayName: `Matrix User ${invited}`, email: `matrix.user.${invited}.${Date.now()}@test.heard`, role: 'COMMISSIONER_STAFF' as const };
  const result = await w.admin.request(MatrixInviteUserDocument, { input });
  return result.data?.inviteUser.id ?? NOBODY;
}

// User administration: each row changes a newly invited account. A new account is active and not locked, so reactivating
// or unlocking it is refused by its state (CONFLICT, after the access check). setPassword is public: the dummy token is no link.
export const USER_ADMIN_MUTATIONS: OperationCase[] = [
  {
    op: 'Mutation.inviteUser',
    vars: ({ caller }) => ({
      input: {
        displayName: 'Matrix Invitee',
        email: `matrix.invitee.${caller.toLowerCase()}.${Date.now()}@test.heard`,
        role: 'COMMISSIONER_STAFF',
        localAuthorityId: null,
        advocacyProviderId: null,
      },
    }),
    expect: [U, F, F, F, OK, F, F],
  },
  {
    op: 'Mutation.changeUserRole',
    vars: async ({ w }) => ({ input: { userId: await freshUser(w), role: 'ADMIN', localAuthorityId: null, advocacyProviderId: null } }),
    expect: [U, F, F, F, OK, F, F],
  },
  { op: 'Mutation.deactivateUser', vars: async ({ w }) => ({ userId: await freshUser(w) }), expect: [U, F, F, F, OK, F, F] },
  { op: 'Mutation.reactivateUser', vars: async ({ w }) => ({ userId: await freshUser(w) }), expect: [U, F, F, F, C, F, F] },
  { op: 'Mutation.unlockUser', vars: async ({ w }) => ({ userId: await freshUser(w) }), expect: [U, F, F, F, C, F, F] },
  { op: 'Mutation.forcePasswordReset', vars: async ({ w }) => ({ userId: await freshUser(w) }), expect: [U, F, F, F, OK, F, F] },
  { op: 'Mutation.setPassword', vars: () => ({ token: 'not-a-link', password: 'a-long-new-password' }), expect: [B, B, B, B, B, B, B] },
];
