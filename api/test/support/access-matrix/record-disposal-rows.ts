import { F, OK, U, type OperationCase } from './harness';

// Retention that runs: the records of the caller's own LA due for disposal, and the register of those disposed of.
// Only the LA's data protection officer sees them, and only their own LA's (the scope is the caller's LA, so there is no other child to ask for).
export const RECORD_DISPOSAL_ROWS: OperationCase[] = [
  { op: 'Query.recordsDueForDisposal', expect: [U, F, F, F, F, F, OK] },
  { op: 'Query.recordDisposals', expect: [U, F, F, F, F, F, OK] },
];
