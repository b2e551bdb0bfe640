import {
  MeetingsActionDocument,
  MeetingsActionsNeedingAttentionDocument,
  MeetingsChildWordsDocument,
  MeetingsCompleteDocument,
  MeetingsHoldDocument,
  MeetingsMeetingDocument,
  MeetingsNextDueDocument,
  MeetingsOverdueDocument,
  MeetingsReviewDocument,
  MeetingsScheduleDocument,
  MeetingsTimelineDocument,
  MeetingsViewDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { Clock } from '../../../src/common/clock';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = MeetingsScheduleDocument;
const VIEW = MeetingsViewDocument;
const HOLD = MeetingsHoldDocument;
const ACTION = MeetingsActionDocument;
const REVIEW = MeetingsReviewDocument;
const COMPLETE = MeetingsCompleteDocument;
const MEETING = MeetingsMeetingDocument;

interface Staff {
  teamManager: string;
  allocated: string;
  experienced: string;
  junior: string;
}

describe('care-planning meetings', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function setup(
    dateOfBirth = '2014-05-01',
  ): Promise<{ fx: AdvocacyFixture; manager: GraphqlTestClient; advocate: GraphqlTestClient; childId: string; staff: Staff }> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ dateOfBirth }) } });
    const childId = result.data?.recordTriggerEvent.child.id ?? '';
    const insert = async (name: string, role: string, experienced: boolean, managerId: string | null): Promise<string> =>
      (
        (await api.dataSource.query(
          `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [fx.laId, name, role, experienced, managerId],
        )) as Array<{ id: string }>
      )[0]?.id ?? '';
    const teamManager = await insert('Tess Manager', 'TEAM_MANAGER', true, null);
    const allocated = await insert('Alex Allocated', 'SOCIAL_WORKER', true, teamManager);
    const experienced = await insert('Evie Experienced', 'SOCIAL_WORKER', true, teamManager);
    const junior = await insert('Jay Junior', 'SOCIAL_WORKER', false, teamManager);
    await api.dataSource.query(`UPDATE children SET allocated_social_worker_id = $2 WHERE id = $1`, [childId, allocated]);
    return { fx, manager, advocate: await fx.signIn(fx.advocates[0]?.email ?? ''), childId, staff: { teamManager, allocated, experienced, junior } };
  }

  const schedule = (client: GraphqlTestClient, childId: string, chairStaffId: string, scheduledOn = '2025-01-30') =>
    client.request(SCHEDULE, { input: { childId, scheduledOn, place: 'Family centre', chairStaffId, invitees: ['Foster carer'] } });

  it.each([
    ['the allocated social worker’s manager', 'teamManager', null],
    ['an experienced social worker of the same LA', 'experienced', null],
    ['the allocated social worker', 'allocated', "The child's allocated social worker cannot chair their meeting."],
    ['an inexperienced social worker', 'junior', "The chair must be the allocated social worker's manager or another social worker recorded as experienced."],
  ] as const)('chair: %s', async (_name, who, refusal) => {
    const { manager, childId, staff } = await setup();
    const result = await schedule(manager, childId, staff[who]);
    if (refusal === null) {
      expect(result.errors).toEqual([]);
      expect(result.data?.scheduleMeeting.invitees[0]).toMatch(/\(advocate\)$/);
    } else {
      expect(result.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', refusal]]);
    }
  });

  it('a view the child did not agree to share never reaches the LA manager', async () => {
    const { manager, advocate, childId, staff } = await setup();
    const meetingId = (await schedule(manager, childId, staff.teamManager)).data?.scheduleMeeting.id ?? '';
    await advocate.request(VIEW, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to see my brother every week', shareable: true } });
    const secret = 'I am scared of my foster carer’s son';
    const asAdvocate = await advocate.request(VIEW, { input: { meetingId, kind: 'TO_RAISE', text: secret, shareable: false } });
    expect(asAdvocate.data?.recordChildView.views.map((v) => v.text)).toEqual(['I want to see my brother every week', secret]);
    const asManager = await manager.request(MEETING, { id: meetingId });
    expect(asManager.data?.meeting.views).toEqual([{ kind: 'WISHES_AND_FEELINGS', text: 'I want to see my brother every week', shareable: true }]);
    expect(asManager.text).not.toContain('scared');
    const child = await manager.request(MeetingsChildWordsDocument, { id: childId });
    expect(child.text).not.toContain('scared');
  });

  it.each([
    ['2022-03-01', 'PN1', '2026-02-27', 'The child was 3 on 27 February 2026: a child under 4 is recorded as PN0.'],
    ['2014-05-01', 'PN0', '2025-02-03', 'PN0 is only for a child under 4; the child was 10 on 3 February 2025.'],
    ['2014-05-01', 'PN9', '2025-02-03', '"PN9" is not a participation code: use PN0 to PN7.'],
  ])('participation code: a child born %s recorded %s is refused', async (dob, code, heldOn, message) => {
    const { manager, childId, staff } = await setup(dob);
    const meetingId = (await schedule(manager, childId, staff.teamManager)).data?.scheduleMeeting.id ?? '';
    const held = await manager.request(HOLD, { input: { meetingId, heldOn, attendees: ['Tess Manager'], participationCode: code } });
    expect(held.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', message]]);
    const [row] = await api.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [meetingId]);
    expect(row).toEqual({ status: 'SCHEDULED' });
  });

  it('actions must be SMART; open actions are reviewed at the next meeting; carried over twice is drift', async () => {
    const { manager, advocate, childId, staff } = await setup();
    const hold = async (scheduledOn: string, heldOn: string): Promise<string> => {
      const id = (await schedule(manager, childId, staff.teamManager, scheduledOn)).data?.scheduleMeeting.id ?? '';
      await manager.request(HOLD, { input: { meetingId: id, heldOn, attendees: ['Tess Manager'], participationCode: 'PN5' } });
      return id;
    };
    const first = await hold('2025-02-03', '2025-02-03');
    const missing = await manager.request(ACTION, {
      input: { meetingId: first, what: 'Arrange contact', owner: 'Alex', dueOn: '2025-03-01', monitoring: ' ' },
    });
    expect(missing.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Enter how the action will be monitored.']]);
    const early = await manager.request(ACTION, {
      input: { meetingId: first, what: 'Arrange contact', owner: 'Alex', dueOn: '2025-02-03', monitoring: 'Review' },
    });
    expect(early.errors.map((e) => [e.message, e.extensions])).toEqual([
      ['The due date must be after the meeting on 3 February 2025.', { code: 'BAD_USER_INPUT', field: 'dueOn' }],
    ]);
    const made = await manager.request(ACTION, {
      input: {
        meetingId: first,
        what: 'Arrange weekly contact with brother',
        owner: 'Alex Allocated',
        dueOn: '2025-03-01',
        monitoring: 'Contact log checked monthly',
      },
    });
    const actionId = made.data?.recordAction.actions[0]?.id ?? '';
    await manager.request(COMPLETE, { input: { meetingId: first, minutes: 'Minutes', summaryForChild: 'We agreed you will see your brother.' } });

    const second = await hold('2025-05-01', '2025-05-01');
    const blocked = await manager.request(COMPLETE, { input: { meetingId: second, minutes: 'Minutes', summaryForChild: 'Summary' } });
    expect(blocked.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['CONFLICT', 'Close or carry over every open action first: "Arrange weekly contact with brother".'],
    ]);
    const noReason = await manager.request(REVIEW, { input: { meetingId: second, actionId, outcome: 'CARRIED_OVER' } });
    expect(noReason.errors[0]?.message).toBe('Enter why the action is carried over.');
    await manager.request(REVIEW, { input: { meetingId: second, actionId, outcome: 'CARRIED_OVER', reason: 'Brother moved placement' } });
    expect((await manager.request(COMPLETE, { input: { meetingId: second, minutes: 'Minutes', summaryForChild: 'Summary' } })).errors).toEqual([]);

    const third = await hold('2025-08-01', '2025-08-01');
    const reviewed = await manager.request(REVIEW, { input: { meetingId: third, actionId, outcome: 'CARRIED_OVER', reason: 'Still no venue' } });
    expect(reviewed.data?.reviewAction.actionsToReview).toEqual([
      { id: actionId, what: 'Arrange weekly contact with brother', status: 'OPEN', carryOvers: 2, drift: true },
    ]);
    for (const client of [advocate, manager]) {
      const list = await client.request(MeetingsActionsNeedingAttentionDocument);
      expect(list.data?.actionsNeedingAttention.filter((a) => a.id === actionId)).toEqual([{ id: actionId, drift: true }]);
    }
    const timeline = await advocate.request(MeetingsTimelineDocument, { id: childId });
    expect(timeline.data?.meetingsForChild).toEqual([
      { heldOn: '2025-08-01', status: 'HELD', actions: [] },
      { heldOn: '2025-05-01', status: 'COMPLETED', actions: [] },
      { heldOn: '2025-02-03', status: 'COMPLETED', actions: [{ what: 'Arrange weekly contact with brother', carryOvers: 2, drift: true }] },
    ]);
  });

  it('explains when the next meeting is due', async () => {
    const { manager, childId } = await setup();
    const due = await manager.request(MeetingsNextDueDocument, { id: childId });
    expect(due.data?.nextMeetingDue).toEqual({
      dueOn: '2025-02-03',
      explanation: 'due 3 February 2025: 20 working days after 6 January 2025, no bank holidays skipped',
    });
  });

  it('lists children whose meeting is overdue, with working days overdue, for the LA manager and the advocate only', async () => {
    const { manager, advocate, childId, staff } = await setup();
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-03-03T10:00:00Z'));
    try {
      const OVERDUE = MeetingsOverdueDocument;
      const expected = [{ childId, dueOn: '2025-02-03', rule: 'FIRST_WITHIN_20_WORKING_DAYS', workingDaysOverdue: 20 }];
      expect((await manager.request(OVERDUE)).data?.overdueMeetings).toEqual(expected);
      expect((await advocate.request(OVERDUE)).data?.overdueMeetings).toEqual(expected);
      expect((await otherManager.request(OVERDUE)).data?.overdueMeetings).toEqual([]);
      expect((await commissioner.request(OVERDUE)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const audited: Array<{ n: number }> = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'meeting.overdue_list' AND entity_id = $1`,
        [childId],
      );
      expect(audited).toEqual([{ n: 2 }]);

      const meetingId = (await schedule(manager, childId, staff.teamManager, '2025-02-20')).data?.scheduleMeeting.id ?? '';
      await manager.request(HOLD, { input: { meetingId, heldOn: '2025-02-20', attendees: ['Tess Manager'], participationCode: 'PN3' } });
      expect((await manager.request(OVERDUE)).data?.overdueMeetings).toEqual([]);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
