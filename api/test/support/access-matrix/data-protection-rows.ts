import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (target: Target, w: World): string => (target === 'own' ? w.ownChildId : w.otherChildId);

// The data protection officer's way in: their own LA's children (another LA's child is NOT_FOUND); every other role,
// the child's own advocate and LA manager included, is refused before any record is looked at.
export const DATA_PROTECTION_ROWS: OperationCase[] = [
  { op: 'Query.dataProtectionChildren', vars: () => ({ input: { search: 'Nowak' } }), expect: [U, F, F, F, F, F, OK] },
  {
    op: 'Query.dataProtectionChild',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, F, F, F, F, F, OK], other: [U, F, F, F, F, F, N] },
  },
];
