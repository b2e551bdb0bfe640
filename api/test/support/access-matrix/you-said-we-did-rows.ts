import { OK, F, N, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (t: Target, w: World) => (t === 'own' ? w.ownChildId : w.otherChildId);

// "You said, we did": the child's advocates and the child's LA's managers read (managers only shared views);
// only the child's current advocate sets an outcome, on a view of a new meeting (version 0).
export const YOU_SAID_WE_DID_ROWS: OperationCase[] = [
  {
    op: 'Query.youSaidWeDid',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.setViewOutcome',
    vars: async ({ w, target }) => ({
      input: { viewId: await w.meetingView(target), outcome: 'DONE', reason: null, decisionId: null, actionId: null, showToChild: false, version: 0 },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
];
