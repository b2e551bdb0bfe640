import { F, N, OK, U, type OperationCase } from './harness';
import { child } from './row-helpers';

// Putting it right: the child's current advocate and the manager of the child's LA add a correction to the child's
// record; another LA's or another advocate's child is NOT_FOUND; no one else touches case content.
export const RECORD_CORRECTION_ROWS: OperationCase[] = [
  {
    op: 'Query.recordCorrections',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.addRecordCorrection',
    vars: ({ w, target }) => ({
      input: {
        childId: child(target, w),
        itemKind: 'CHILD_DETAILS',
        itemId: child(target, w),
        kind: 'CORRECTION',
        text: 'Matrix row: her first language is Polish.',
      },
    }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
];
