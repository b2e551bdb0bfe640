import { C, F, N, OK, U, type OperationCase } from './harness';
import { isoDay } from './world';

// A meeting's logistics, on a fresh scheduled meeting each row: the child's LA manager arranges it, the child's advocate
// records the child's preference, both read. Sending invitations before the time and place are set is CONFLICT after the
// access check; the integration suite covers a send that goes out.
export const MEETING_LOGISTICS_ROWS: OperationCase[] = [
  {
    op: 'Query.meetingLogistics',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.setMeetingTimeAndPlace',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target), startTime: '14:30', lengthMinutes: 90, venueKind: 'SCHOOL', venueDetails: 'Hill Road Academy' },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.addMeetingInvitee',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), role: 'CHILD', name: 'Matrix Child', email: null } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.sendMeetingInvitations',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, F, C, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordChildMeetingPreference',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), venueKind: 'CHILDS_HOME', details: 'After school' } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordMeetingPapersShared',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), sharedOn: isoDay() } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
];
