import { MatrixRaiseSafeguardingDocument } from '@heard/graphql-types/testing';
import { B, F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const childOf = (w: World, target: Target) => (target === 'own' ? w.ownChildId : w.otherChildId);
const raiseInput = (childId: string) => ({ childId, whatHappened: 'Disclosed being hit at home', childSaid: 'Please help me' });

/** A new alert raised by the target child's advocate (own: Northshire, advocate@; other: Eastmoor, advocate2@). */
async function alert(w: World, target: Target): Promise<string> {
  const raised = await (target === 'own' ? w.adv : w.adv2).request(MatrixRaiseSafeguardingDocument, { input: raiseInput(childOf(w, target)) });
  return raised.data?.raiseSafeguardingConcern.id ?? NOBODY;
}

const userId = async (w: World, email: string) =>
  ((await w.api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as Array<{ id: string }>)[0]?.id ?? NOBODY;
const laOf = async (w: World, code: string) =>
  ((await w.api.dataSource.query(`SELECT id FROM local_authorities WHERE code = $1`, [code])) as Array<{ id: string }>)[0]?.id ?? NOBODY;

// The safeguarding fast path. Another LA's alert is NOT_FOUND for a manager, as elsewhere: its id cannot be probed.
// Setting the contact as another LA's admin row: the acknowledger must be a manager of the LA (manager2@ is Eastmoor's).
export const SAFEGUARDING_QUERIES: OperationCase[] = [
  { op: 'Query.safeguardingAlertsWaiting', expect: [U, F, OK, F, F, F, F] },
  { op: 'Query.safeguardingContact', vars: async ({ w }) => ({ localAuthorityId: await laOf(w, '901') }), expect: [U, F, F, F, OK, F, F] },
];

export const SAFEGUARDING_MUTATIONS: OperationCase[] = [
  {
    op: 'Mutation.raiseSafeguardingConcern',
    vars: ({ w, target }) => ({ input: raiseInput(childOf(w, target)) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.acknowledgeSafeguardingAlert',
    vars: async ({ w, target }) => ({ alertId: await alert(w, target) }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.setSafeguardingContact',
    vars: async ({ w, target }) => ({
      input: {
        localAuthorityId: await laOf(w, '901'),
        name: 'Northshire safeguarding lead',
        email: 'safeguarding@northshire.example',
        acknowledgerUserId: await userId(w, target === 'own' ? 'manager@demo.heard' : 'manager2@demo.heard'),
        directorUserId: null,
      },
    }),
    expect: { own: [U, F, F, F, OK, F, F], other: [U, F, F, F, B, F, F] },
  },
];
