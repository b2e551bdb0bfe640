import { ukLongDate } from '@heard/domain';
import { call } from '../parallel';
import { day, M, type RaceWorld, today, type Transition } from './race-world';

/** Meetings: schedule, hold, complete, decide, act, review, and the advocate's own records for them. */
export function meetingTransitions(w: RaceWorld): Transition[] {
  const { actionInput, child, holdInput, meeting, must, one, rows, scheduleInput } = w;
  return [
    {
      name: 'scheduleMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const on = day(12);
        return {
          call: call(M.schedule, { input: scheduleInput(childId, on) }),
          conflict: `This child already has a meeting scheduled on ${ukLongDate(on)}.`,
          audit: { action: 'meeting.scheduled', entityId: childId },
          state: () => rows(`SELECT status, to_char(scheduled_on, 'YYYY-MM-DD') AS on FROM meetings WHERE child_id = $1`, [childId]),
          expected: [{ status: 'SCHEDULED', on }],
        };
      },
    },
    {
      name: 'holdMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        return {
          call: call(M.hold, { input: holdInput(meetingId) }),
          conflict: 'The meeting is already held.',
          audit: { action: 'meeting.held', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT status, participation_code AS code FROM meetings WHERE id = $1`, [meetingId]),
          expected: [{ status: 'HELD', code: 'PN1' }],
        };
      },
    },
    {
      name: 'completeMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          call: call(M.complete, { input: { meetingId, minutes: 'Contact plan agreed', summaryForChild: 'You will see your sister every week' } }),
          conflict: 'The meeting is already completed.',
          audit: { action: 'meeting.completed', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT status, minutes FROM meetings WHERE id = $1`, [meetingId]),
          expected: [{ status: 'COMPLETED', minutes: 'Contact plan agreed' }],
        };
      },
    },
    {
      name: 'recordMeetingDecision',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          call: call(M.decision, { input: { meetingId, text: 'Weekly contact with her sister', significant: false } }),
          conflict: 'This decision is already recorded at this meeting.',
          audit: { action: 'meeting.decision_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT text FROM meeting_decisions WHERE meeting_id = $1`, [meetingId]),
          expected: [{ text: 'Weekly contact with her sister' }],
        };
      },
    },
    {
      name: 'recordAction',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          call: call(M.action, { input: actionInput(meetingId) }),
          conflict: 'This action is already recorded at this meeting.',
          audit: { action: 'meeting.action_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT what, status FROM meeting_actions WHERE meeting_id = $1`, [meetingId]),
          expected: [{ what: 'Arrange weekly contact with her sister', status: 'OPEN' }],
        };
      },
    },
    {
      name: 'reviewAction',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const first = await meeting(childId, true, day(-1));
        await must('manager', M.action, { input: actionInput(first) });
        await must('manager', M.complete, { input: { meetingId: first, minutes: 'Agreed', summaryForChild: 'Agreed' } });
        const second = await meeting(childId, true);
        const actionId = await one(`SELECT id FROM meeting_actions WHERE meeting_id = $1`, [first]);
        return {
          call: call(M.review, { input: { meetingId: second, actionId, outcome: 'DONE', reason: null } }),
          conflict: 'This action is already closed (done).',
          audit: { action: 'meeting.action_done', entityId: childId, details: ['meetingId', second] },
          state: () => rows(`SELECT status, last_reviewed_meeting_id AS reviewed FROM meeting_actions WHERE id = $1`, [actionId]),
          expected: [{ status: 'DONE', reviewed: second }],
        };
      },
    },
    {
      name: 'withdrawChildViewSharing',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        const recorded = await must('advocate', M.view, {
          input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to see my sister', shareable: true },
        });
        const viewId = recorded.recordChildView.views[0]?.id ?? '';
        return {
          call: call(M.withdrawView, { viewId }),
          conflict: `Sharing of this view was already withdrawn on ${today}: the local authority no longer sees it.`,
          audit: { action: 'meeting.view_sharing_withdrawn', entityId: childId, details: ['viewId', viewId] },
          state: () => rows(`SELECT sharing_withdrawn_at IS NOT NULL AS withdrawn FROM child_views WHERE id = $1`, [viewId]),
          expected: [{ withdrawn: true }],
        };
      },
    },
    {
      name: 'recordChildSelfRepresentation',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        return {
          call: call(M.selfRepresentation, { input: { meetingId, childWords: 'I want to speak for myself' } }),
          conflict: 'The child’s choice to represent themselves at this meeting is already recorded.',
          audit: { action: 'meeting.self_representation_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT child_words AS words FROM child_self_representations WHERE meeting_id = $1`, [meetingId]),
          expected: [{ words: 'I want to speak for myself' }],
        };
      },
    },
  ];
}
