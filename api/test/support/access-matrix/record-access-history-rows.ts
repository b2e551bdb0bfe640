import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (t: Target, w: World) => (t === 'own' ? w.ownChildId : w.otherChildId);

// "Who has seen my record": the child's current advocate and the data protection officer of the child's LA (another
// advocate's child, another LA's child: NOT_FOUND); every other role is refused before any record is looked at.
export const RECORD_ACCESS_HISTORY_ROWS: OperationCase[] = [
  {
    op: 'Query.recordAccessHistory',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), fromOn: null, toOn: null } }),
    expect: { own: [U, OK, F, F, F, F, OK], other: [U, N, F, F, F, F, N] },
  },
];
