import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (t: Target, w: World) => (t === 'own' ? w.ownChildId : w.otherChildId);

// "Who has seen my record": the child's current advocate only (another advocate's child: NOT_FOUND); every other
// role is refused before any record is looked at (the LA's data protection officer joins in a later round).
export const RECORD_ACCESS_HISTORY_ROWS: OperationCase[] = [
  {
    op: 'Query.recordAccessHistory',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), fromOn: null, toOn: null } }),
    expect: { own: [U, OK, F, F, F, F], other: [U, N, F, F, F, F] },
  },
];
