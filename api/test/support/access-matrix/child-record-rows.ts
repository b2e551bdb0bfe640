import { C, F, N, U, type OperationCase } from './harness';
import { isoDay } from './world';

// The child's record of a meeting: the rows use a meeting that is only scheduled, so the child's own advocate
// (and, for the read, their LA's manager) gets through the access check to the state rule: CONFLICT until the
// meeting is completed. The integration suite covers the completed meeting's OK outcomes.
export const CHILD_RECORD_ROWS: OperationCase[] = [
  {
    op: 'Query.meetingChildRecord',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, C, C, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.draftChildRecord',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.saveChildRecord',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), text: 'At your meeting we decided.', version: 0 } }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordChildRecordGoneThrough',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target), version: 1, goneThroughOn: isoDay(), childSaid: 'I understand it' },
    }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
];
