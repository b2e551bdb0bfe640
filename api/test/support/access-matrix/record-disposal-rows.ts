import { F, OK, U, type OperationCase } from './harness';

// Retention that runs: the records of the caller's own LA due for disposal, and the register of those disposed of.
// Only a manager of an LA sees them, and only their own LA's (the scope is the caller's LA, so there is no other child to ask for).
export const RECORD_DISPOSAL_ROWS: OperationCase[] = [
  { op: 'Query.recordsDueForDisposal', expect: [U, F, OK, F, F, F] },
  { op: 'Query.recordDisposals', expect: [U, F, OK, F, F, F] },
];
