import { C, F, N, OK, U, type CaseContext, type OperationCase } from './harness';
import { child } from './row-helpers';
import { isoDay } from './world';

/** A request for an earlier meeting about the target child, already declined: answering or escalating it again is refused after the access check. */
const answeredRequest = async ({ w, target }: CaseContext): Promise<string> => {
  const rows = (await w.api.dataSource.query(
    `INSERT INTO earlier_meeting_requests (child_id, requested_by_user_id, reason, requested_on, answer_due_by, answer_due_explanation, answer, answered_on, answer_reasons)
     SELECT $1, u.id, 'Matrix request', CURRENT_DATE, CURRENT_DATE, 'Due today', 'DECLINED', CURRENT_DATE, 'Matrix reasons' FROM users u ORDER BY u.email LIMIT 1 RETURNING id`,
    [child(target, w)],
  )) as Array<{ id: string }>;
  return rows[0]?.id ?? '';
};

// Between meetings and after them: the child's advocates and the child's LA's managers read; the LA's managers record
// changes and shares and answer requests; only the child's current advocate asks for an earlier meeting or escalates one.
export const BETWEEN_MEETINGS_ROWS: OperationCase[] = [
  {
    op: 'Query.significantChangesSinceLastMeeting',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordSignificantChange',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), kind: 'CARE_PLAN', occurredOn: isoDay(), whatChanged: 'Matrix change to the plan' } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Query.earlierMeetingRequestsOfChild',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.earlierMeetingRequests', expect: [U, F, OK, F, F, F, F] },
  {
    op: 'Mutation.requestEarlierMeeting',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), reason: 'Matrix: the placement is breaking down' } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.answerEarlierMeetingRequest',
    vars: async (ctx) => ({ input: { requestId: await answeredRequest(ctx), answer: 'DECLINED', meetingOn: null, reasons: 'Matrix reasons' } }),
    expect: { own: [U, F, C, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.raiseConcernFromEarlierMeetingRequest',
    vars: async (ctx) => ({ requestId: await answeredRequest(ctx) }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Query.meetingRecordSharing',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target, true) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.lateMeetingRecords', expect: [U, F, OK, F, F, F, F] },
  {
    op: 'Mutation.recordMeetingRecordShared',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target, true), roles: ['CHILD', 'ADVOCATE'], sharedOn: isoDay() } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
];
