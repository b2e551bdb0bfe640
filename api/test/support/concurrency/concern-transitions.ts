import { ukLongDate } from '@heard/domain';
import { call } from '../parallel';
import { raiseInput } from '../concern-fixture';
import { day, M, type RaceWorld, today, type Transition } from './race-world';

/** The concern ladder: raising from drift, each step, closing and court. */
export function concernTransitions(w: RaceWorld): Transition[] {
  const { child, concern, concernRow, events, one, rows } = w;
  return [
    {
      name: 'raiseConcern from a drifted action',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await one(
          `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, $2, 'Office', $3, 'COMPLETED', $2, 'PN1', $4) RETURNING id`,
          [childId, today, w.chairId, w.managerUserId],
        );
        const actionId = await one(
          `INSERT INTO meeting_actions (child_id, meeting_id, what, owner, due_on, monitoring, carry_overs) VALUES ($1, $2, 'Arrange contact', 'SW', $3, 'Log', 2) RETURNING id`,
          [childId, meetingId, today],
        );
        return {
          call: call(M.raise, { input: raiseInput(childId, { fromActionId: actionId, themes: ['DELAY_IN_THE_PLAN'] }) }),
          conflict: 'A concern has already been raised about this action.',
          audit: { action: 'concern.raised', entityId: childId },
          state: () => rows(`SELECT stage, status FROM concerns WHERE from_action_id = $1`, [actionId]),
          expected: [{ stage: 'INFORMAL', status: 'OPEN' }],
        };
      },
    },
    {
      name: 'escalateConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          call: call(M.escalate, {
            input: { concernId, toStage: 'TEAM_MANAGER', asked: 'Please restart contact', atRiskReason: 'She has not seen her sister for months' },
          }),
          conflict: 'A concern can only move up the ladder: it is already at "Team manager".',
          audit: { action: 'concern.escalated', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'ESCALATED')],
          expected: [[{ stage: 'TEAM_MANAGER', status: 'OPEN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'respondToConcern',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          call: call(M.respond, { input: { concernId, answer: 'Contact restarts next week', evidence: [] } }),
          conflict: 'The local authority has already responded at this stage.',
          audit: { action: 'concern.responded', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'RESPONDED')],
          expected: [[{ stage: 'INFORMAL', status: 'OPEN', responded: true, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'triageConcern',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        return {
          call: call(M.triage, { input: { concernId, note: 'Priority: contact', evidence: [], confidential: false } }),
          conflict: 'This concern has already been triaged.',
          audit: { action: 'concern.triaged', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'TRIAGED')],
          expected: [[{ stage: 'CHILDRENS_COMMISSIONER', status: 'OPEN', responded: false, triaged: true, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'requestConcernInformation',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        const dueOn = day(20);
        return {
          call: call(M.requestInformation, { input: { concernId, asked: 'Send the contact plan', dueOn } }),
          conflict: `The Children's Commissioner has already asked for information by ${ukLongDate(dueOn)}.`,
          audit: { action: 'concern.information_requested', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'INFORMATION_REQUESTED')],
          expected: [[{ stage: 'CHILDRENS_COMMISSIONER', status: 'OPEN', responded: false, triaged: false, informationDueOn: dueOn }], 1],
        };
      },
    },
    {
      name: 'resolveConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          call: call(M.resolve, { input: { concernId, text: 'I see my sister every week now' } }),
          conflict: 'This concern was resolved; nothing more can be recorded on it.',
          audit: { action: 'concern.resolved', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'RESOLVED')],
          expected: [[{ stage: 'INFORMAL', status: 'RESOLVED', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'withdrawConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          call: call(M.withdraw, { input: { concernId, text: 'She no longer wants to pursue it' } }),
          conflict: 'This concern was withdrawn; nothing more can be recorded on it.',
          audit: { action: 'concern.withdrawn', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'WITHDRAWN')],
          expected: [[{ stage: 'INFORMAL', status: 'WITHDRAWN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'applyToCourt',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        return {
          call: call(M.court, {
            input: { concernId, court: 'Family Court at Leeds', caseNumber: 'LS25C00009', orderSought: 'Contact order', hearingDates: [day(30)] },
          }),
          conflict: 'A concern can be taken to court only at the "Children\'s Commissioner" stage; this one is at "Court".',
          audit: { action: 'concern.applied_to_court', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'APPLIED_TO_COURT')],
          expected: [[{ stage: 'COURT', status: 'OPEN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
  ];
}
