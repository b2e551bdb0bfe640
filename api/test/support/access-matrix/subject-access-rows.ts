import { F, N, OK, U, type OperationCase } from './harness';
import { NOBODY } from './row-helpers';
import type { Target, World } from './world';

const child = (t: Target, w: World) => (t === 'own' ? w.ownChildId : w.otherChildId);

// Subject-access exports: the data protection officer of the child's LA (another LA's child is NOT_FOUND, and audited
// as refused); an export is seen by its requester alone (anyone else's, or none, NOT_FOUND); every other role is
// refused before any record is looked at.
export const SUBJECT_ACCESS_ROWS: OperationCase[] = [
  {
    op: 'Mutation.requestSubjectAccessExport',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, F, F, F, F, F, OK], other: [U, F, F, F, F, F, N] },
  },
  { op: 'Query.subjectAccessExport', vars: () => ({ id: NOBODY }), expect: [U, F, F, F, F, F, N] },
  { op: 'Query.mySubjectAccessExports', expect: [U, F, F, F, F, F, OK] },
];
