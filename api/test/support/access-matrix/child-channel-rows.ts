import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const childOf = (w: World, t: Target) => (t === 'own' ? w.ownChildId : w.otherChildId);

/** The child's current advocate makes a live link for a row to revoke. */
async function withLiveLink(w: World, target: Target): Promise<string> {
  const childId = childOf(w, target);
  await (target === 'own' ? w.adv : w.adv2).rawGraphql(`mutation($c: ID!) { createChildChannelLink(childId: $c) { path } }`, { c: childId });
  return childId;
}

// The child's channel: only the child's current advocate works with the link and messages (another advocate is FORBIDDEN,
// not NOT_FOUND: the refusal names no record). The child's page is public: a token that is no link is NOT_FOUND for anyone.
export const CHILD_CHANNEL_QUERIES: OperationCase[] = [
  {
    op: 'Query.childChannel',
    vars: ({ w, target }) => ({ childId: childOf(w, target) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, F, F, F, F, F, F] },
  },
  { op: 'Query.childChannelPage', vars: () => ({ token: 'not-a-link' }), expect: [N, N, N, N, N, N, N] },
];

export const CHILD_CHANNEL_MUTATIONS: OperationCase[] = [
  {
    op: 'Mutation.createChildChannelLink',
    vars: ({ w, target }) => ({ childId: childOf(w, target) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, F, F, F, F, F, F] },
  },
  {
    op: 'Mutation.revokeChildChannelLink',
    vars: async ({ w, target }) => ({ childId: await withLiveLink(w, target) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, F, F, F, F, F, F] },
  },
  { op: 'Mutation.markChildMessageReplied', vars: () => ({ input: { messageId: NOBODY, method: 'CALL', note: null } }), expect: [U, N, F, F, F, F, F] },
  {
    op: 'Mutation.sendChildChannelMessage',
    vars: () => ({ input: { token: 'not-a-link', kind: 'MESSAGE', text: 'Hello', callTime: null } }),
    expect: [N, N, N, N, N, N, N],
  },
];
