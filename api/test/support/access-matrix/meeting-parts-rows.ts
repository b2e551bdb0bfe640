import { C, F, N, OK, U, type OperationCase } from './harness';
import { isoDay, type Target, type World } from './world';

/** A decision (not significant) recorded at a held meeting of the target child, written straight to the table. */
async function decision(w: World, target: Target): Promise<string> {
  const meetingId = await w.meeting(target, true);
  const rows = (await w.api.dataSource.query(
    `INSERT INTO meeting_decisions (meeting_id, text, significant, recorded_by_user_id)
     SELECT $1, 'Matrix decision', false, m.scheduled_by_user_id FROM meetings m WHERE m.id = $1 RETURNING id`,
    [meetingId],
  )) as Array<{ id: string }>;
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('access-matrix: no decision');
  return id;
}

// Meetings in parts and parents' and carers' views: the child's advocates and their LA's managers read; the LA chair
// adds parts (to a held meeting); only the child's current advocate records telling the child of a decision they
// missed (CONFLICT here: the decision was in no part the child missed); the chair or the advocate records a view.
export const MEETING_PARTS_ROWS: OperationCase[] = [
  {
    op: 'Query.meetingParts',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.addMeetingPart',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target, true), title: 'With the child', attendees: ['Child', 'Chair'], childAttended: true, childChair: 'CO_CHAIR' },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordMissedDecisionBriefing',
    vars: async ({ w, target }) => ({ input: { decisionId: await decision(w, target), toldOn: isoDay(), childSaid: 'I am fine with it' } }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Query.meetingFamilyViews',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordFamilyView',
    vars: async ({ w, target }) => ({
      input: {
        meetingId: await w.meeting(target),
        who: 'PARENT',
        name: 'Jo Nowak',
        relationship: 'Mum',
        views: 'I want more contact',
        visibility: 'ATTENDEES',
      },
    }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
];
