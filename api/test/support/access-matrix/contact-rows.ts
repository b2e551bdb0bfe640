import { F, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (target: Target, w: World): string => (target === 'own' ? w.ownChildId : w.otherChildId);

// Contacts: only the child's current advocate reads or records them (another advocate is FORBIDDEN, not NOT_FOUND);
// LA managers see last heard on the child's record, never the log or its notes. National counts: Commissioner staff.
export const CONTACT_ROWS: OperationCase[] = [
  {
    op: 'Query.childContacts',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, F, F, F, F, F, F] },
  },
  { op: 'Query.contactStandardNational', expect: [U, F, F, OK, F, F, F] },
  {
    op: 'Mutation.recordContact',
    vars: ({ w, target }) => ({
      input: { childId: child(target, w), kind: 'CALL', occurredOn: w.today, occurredTime: '00:00', viewsRecorded: false, privateNote: 'Matrix row' },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, F, F, F, F, F, F] },
  },
];
