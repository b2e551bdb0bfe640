import { meetingCalendarFile } from '@heard/domain';
import {
  LogisticsAddInviteeDocument,
  LogisticsPapersDocument,
  LogisticsPreferenceDocument,
  LogisticsReadDocument,
  LogisticsScheduleDocument,
  LogisticsSendDocument,
  LogisticsSetTimeAndPlaceDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { onDay } from '../../support/clock';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Setup {
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
  /** Moves the clock to 10:00 UTC on `day` and signs both in again (sessions end after 30 idle minutes of the clock). */
  on(day: string): Promise<{ manager: GraphqlTestClient; advocate: GraphqlTestClient }>;
}

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);
const fields = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, (e.extensions as { field?: string } | undefined)?.field]);
const SCHOOL = { venueKind: 'SCHOOL' as const, venueDetails: 'Hill Road Academy, room 4' };

describe('meeting logistics: time and place, invitations with a calendar file, papers', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  /** A child in care (Maya) with their advocate, and a meeting on Tuesday 29 December 2026; today is Thursday 17 December 2026. */
  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const on = async (day: string) => {
      jest.restoreAllMocks();
      onDay(api, day);
      return { manager: await fx.signIn(fx.managerEmail), advocate: await fx.signIn(fx.advocates[0]?.email ?? '') };
    };
    const { manager, advocate } = await on('2026-12-17');
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2026-11-02', newChild: newChild({ givenName: 'Maya' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(LogisticsScheduleDocument, {
      input: { childId, scheduledOn: '2026-12-29', place: 'To be arranged', chairStaffId: chair?.id ?? '', invitees: [] },
    });
    if (scheduled.errors.length > 0) throw new Error(`setup failed: ${JSON.stringify(scheduled.errors)}`);
    return { manager, advocate, childId, meetingId: scheduled.data?.scheduleMeeting.id ?? '', on };
  }

  const outbox = (to: string) =>
    api.dataSource.query(
      `SELECT to_address, subject, body, attachment_name, attachment_content_type, attachment FROM outbox_messages WHERE to_address = $1 ORDER BY created_at, id`,
      [to],
    ) as Promise<Array<{ to_address: string; subject: string; body: string; attachment_name: string; attachment_content_type: string; attachment: string }>>;

  const audited = (childId: string) =>
    api.dataSource.query(`SELECT action, outcome, actor_role FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'meeting_logistics.%' ORDER BY id`, [
      childId,
    ]) as Promise<Array<{ action: string; outcome: string; actor_role: string }>>;

  it('the LA manager sets the time and place; the advocate reads it with the papers due 5 working days before, over Christmas', async () => {
    const { manager, advocate, meetingId, childId } = await setup();
    const set = await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '14:30', lengthMinutes: 90, ...SCHOOL } });
    expect(set.errors).toEqual([]);
    const read = await advocate.request(LogisticsReadDocument, { meetingId });
    expect(read.data?.meetingLogistics).toEqual({
      meetingId,
      meetingDate: '2026-12-29',
      startTime: '14:30',
      lengthMinutes: 90,
      venueKind: 'SCHOOL',
      venueLabel: 'School',
      venueDetails: 'Hill Road Academy, room 4',
      childPreference: null,
      invitations: [],
      invitationsFirstSentOn: null,
      noticeWorkingDays: null,
      noticeLabel: null,
      sequence: 0,
      papers: {
        dueBy: '2026-12-18',
        explanation: "The social worker's report is due by Friday 18 December 2026: 5 working days before the meeting on Tuesday 29 December 2026.",
        sharedOn: null,
        status: 'AWAITED',
      },
      canArrange: false,
      canRecordPreference: true,
    });
    expect(await audited(childId)).toEqual([
      { action: 'meeting_logistics.time_and_place_set', outcome: 'ALLOWED', actor_role: 'LA_MANAGER' },
      { action: 'meeting_logistics.read', outcome: 'ALLOWED', actor_role: 'ADVOCATE' },
    ]);
  });

  it.each([
    [{ startTime: '2:30pm', lengthMinutes: 90, ...SCHOOL }, 'startTime'],
    [{ startTime: '14:30', lengthMinutes: 10, ...SCHOOL }, 'lengthMinutes'],
    [{ startTime: '14:30', lengthMinutes: 600, ...SCHOOL }, 'lengthMinutes'],
    [{ startTime: '14:30', lengthMinutes: 60, venueKind: 'ONLINE' as const, venueDetails: '   ' }, 'venueDetails'],
  ])('refuses %j naming %s', async (input, field) => {
    const { manager, meetingId } = await setup();
    expect(fields(await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, ...input } }))).toEqual([['BAD_USER_INPUT', field]]);
  });

  it('sends each invitation through the outbox with the calendar file; notice counts working days around Christmas and the Boxing Day substitute', async () => {
    const { manager, meetingId } = await setup();
    await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '14:30', lengthMinutes: 90, ...SCHOOL } });
    expect(codes(await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'PARENT', name: 'Dana Parent', email: null } }))).toEqual([
      ['BAD_USER_INPUT', 'Enter an email address for the invitation (only the child may be invited without one).'],
    ]);
    const parentEmail = `dana.${meetingId.slice(0, 8)}@example.org`;
    const added = await manager.request(LogisticsAddInviteeDocument, {
      input: { meetingId, role: 'PARENT', name: ' Dana Parent ', email: parentEmail.toUpperCase() },
    });
    expect(added.errors).toEqual([]);
    await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'CHILD', name: 'Maya', email: null } });
    const sent = await manager.request(LogisticsSendDocument, { meetingId });
    expect(sent.errors).toEqual([]);
    // Fri 18, Mon 21 to Thu 24 December, then Tuesday 29 (25 December, and Monday 28 for Boxing Day on a Saturday, are not working days).
    expect(sent.data?.sendMeetingInvitations).toMatchObject({
      invitationsFirstSentOn: '2026-12-17',
      noticeWorkingDays: 6,
      noticeLabel: '5 to 9 working days',
      invitations: [
        { role: 'CHILD', roleLabel: 'The child', name: 'Maya', email: null, sentOn: '2026-12-17', noticeWorkingDays: 6, noticeLabel: '5 to 9 working days' },
        {
          role: 'PARENT',
          roleLabel: 'Parent',
          name: 'Dana Parent',
          email: parentEmail,
          sentOn: '2026-12-17',
          noticeWorkingDays: 6,
          noticeLabel: '5 to 9 working days',
        },
      ],
    });
    expect(await outbox(parentEmail)).toEqual([
      {
        to_address: parentEmail,
        subject: 'Invitation: care-planning meeting on Tuesday 29 December 2026',
        body: [
          'Dear Dana Parent,',
          '',
          'You are invited to a care-planning meeting as parent.',
          '',
          'When: Tuesday 29 December 2026 at 2:30pm, for 1 hour 30 minutes (UK time).',
          'Where: School: Hill Road Academy, room 4.',
          '',
          'The calendar file attached adds the meeting to your calendar. For the child’s privacy this email does not name them.',
        ].join('\n'),
        attachment_name: 'meeting.ics',
        attachment_content_type: 'text/calendar; charset=utf-8; method=REQUEST',
        attachment: calendarFile(meetingId, 0),
      },
    ]);
    expect(codes(await manager.request(LogisticsSendDocument, { meetingId }))).toEqual([
      ['CONFLICT', 'Everyone invited has already been sent the invitation. Add someone, or change the time or place, to send again.'],
    ]);
  });

  it("keeps the child's home address out of a parent's invitation, gives it to the carer, and refuses the same address twice", async () => {
    const { manager, meetingId } = await setup();
    const home = { venueKind: 'CHILDS_HOME' as const, venueDetails: '12 Elm Close, Northtown' };
    await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '14:30', lengthMinutes: 90, ...home } });
    const parent = `parent.${meetingId.slice(0, 8)}@example.org`;
    const carer = `carer.${meetingId.slice(0, 8)}@example.org`;
    await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'PARENT', name: 'Dana Parent', email: parent } });
    await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'CARER', name: 'Chris Carer', email: carer } });
    expect(fields(await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'OTHER', name: 'Dana again', email: parent } }))).toEqual([
      ['BAD_USER_INPUT', 'email'],
    ]);
    expect((await manager.request(LogisticsSendDocument, { meetingId })).errors).toEqual([]);
    const where = async (to: string) => {
      const [email] = await outbox(to);
      return [email?.body.split('\n').find((l) => l.startsWith('Where:')), email?.attachment.includes('12 Elm Close')];
    };
    expect(await where(parent)).toEqual(['Where: Where the child lives: the local authority will tell you the address.', false]);
    expect(await where(carer)).toEqual(['Where: Where the child lives: 12 Elm Close, Northtown.', true]);
  });

  it('answers an id that is not a UUID as not found, never a database error', async () => {
    const { manager } = await setup();
    expect(codes(await manager.request(LogisticsReadDocument, { meetingId: '0'.repeat(36) })).map(([code]) => code)).toEqual(['NOT_FOUND']);
  });

  it('a change of time after sending bumps SEQUENCE and sends the updated invitation to everyone; the notice still counts from the first', async () => {
    const { manager: first, meetingId, on } = await setup();
    const parentEmail = `dana.${meetingId.slice(0, 8)}@example.org`;
    await first.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '10:00', lengthMinutes: 90, ...SCHOOL } });
    await first.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'PARENT', name: 'Dana Parent', email: parentEmail } });
    await first.request(LogisticsSendDocument, { meetingId });
    const { manager } = await on('2026-12-21');
    const changed = await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '14:30', lengthMinutes: 90, ...SCHOOL } });
    expect(changed.data?.setMeetingTimeAndPlace.sequence).toBe(1);
    const resent = await manager.request(LogisticsSendDocument, { meetingId });
    expect(resent.data?.sendMeetingInvitations).toMatchObject({
      sequence: 1,
      invitationsFirstSentOn: '2026-12-17',
      invitations: [{ sentOn: '2026-12-17', noticeWorkingDays: 6 }],
    });
    const emails = await outbox(parentEmail);
    expect(emails.map((e) => e.subject)).toEqual([
      'Invitation: care-planning meeting on Tuesday 29 December 2026',
      'Updated invitation: care-planning meeting on Tuesday 29 December 2026',
    ]);
    expect(emails[1]?.attachment).toBe(calendarFile(meetingId, 1, '2026-12-21T10:00:00Z'));
  });

  it('two managers sending the same invitations at once: one sends, the other is told they went (CONFLICT); one email each', async () => {
    const { manager, meetingId } = await setup();
    const parentEmail = `dana.${meetingId.slice(0, 8)}@example.org`;
    await manager.request(LogisticsSetTimeAndPlaceDocument, { input: { meetingId, startTime: '14:30', lengthMinutes: 90, ...SCHOOL } });
    await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'PARENT', name: 'Dana Parent', email: parentEmail } });
    const results = await Promise.all([manager.request(LogisticsSendDocument, { meetingId }), manager.request(LogisticsSendDocument, { meetingId })]);
    expect(results.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await outbox(parentEmail)).toHaveLength(1);
  });

  it('refuses to send before the time and place are set', async () => {
    const { manager, meetingId } = await setup();
    await manager.request(LogisticsAddInviteeDocument, { input: { meetingId, role: 'CHILD', name: 'Maya', email: null } });
    expect(codes(await manager.request(LogisticsSendDocument, { meetingId }))).toEqual([
      ['CONFLICT', 'Set the time and place of the meeting before sending the invitations.'],
    ]);
  });

  it.each([
    ['2026-12-17', '2026-12-17', 'ON_TIME'],
    ['2026-12-18', '2026-12-18', 'ON_TIME'],
    ['2026-12-21', '2026-12-21', 'LATE'],
  ])('papers shared on %s (today %s) are %s', async (sharedOn, today, status) => {
    const { meetingId, on } = await setup();
    const { manager, advocate } = await on(today);
    const recorded = await manager.request(LogisticsPapersDocument, { input: { meetingId, sharedOn } });
    expect(recorded.data?.recordMeetingPapersShared.papers).toMatchObject({ dueBy: '2026-12-18', sharedOn, status });
    expect((await advocate.request(LogisticsReadDocument, { meetingId })).data?.meetingLogistics.papers.status).toBe(status);
  });

  it('papers not shared by the due date are OVERDUE; a future sharing date is refused', async () => {
    const { meetingId, on } = await setup();
    const { manager } = await on('2026-12-21');
    expect((await manager.request(LogisticsReadDocument, { meetingId })).data?.meetingLogistics.papers.status).toBe('OVERDUE');
    expect(fields(await manager.request(LogisticsPapersDocument, { input: { meetingId, sharedOn: '2026-12-22' } }))).toEqual([['BAD_USER_INPUT', 'sharedOn']]);
  });

  it("the advocate records the child's preferred venue and time; the LA manager sees it and may not record it", async () => {
    const { manager, advocate, meetingId } = await setup();
    const recorded = await advocate.request(LogisticsPreferenceDocument, {
      input: { meetingId, venueKind: 'CHILDS_HOME', details: ' After school, not at school ' },
    });
    expect(recorded.errors).toEqual([]);
    expect((await manager.request(LogisticsReadDocument, { meetingId })).data?.meetingLogistics).toMatchObject({
      childPreference: { venueKind: 'CHILDS_HOME', venueLabel: 'Where the child lives', details: 'After school, not at school' },
      canArrange: true,
      canRecordPreference: false,
    });
    expect(codes(await manager.request(LogisticsPreferenceDocument, { input: { meetingId, venueKind: 'SCHOOL', details: 'x' } })).map(([c]) => c)).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await advocate.request(LogisticsSendDocument, { meetingId })).map(([c]) => c)).toEqual(['FORBIDDEN']);
  });

  it("another LA's manager and another advocate get NOT_FOUND, and the refusal is audited", async () => {
    const { meetingId } = await setup();
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const otherAdvocate = await other.signIn(other.advocates[0]?.email ?? '');
    expect(codes(await otherManager.request(LogisticsReadDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(codes(await otherManager.request(LogisticsSendDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(codes(await otherAdvocate.request(LogisticsReadDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    const refused = (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'REFUSED' AND details->>'meetingId' = $1`, [
      meetingId,
    ])) as Array<{ n: number }>;
    expect(refused).toEqual([{ n: 3 }]);
  });
});

/**
 * The calendar file the invitation must carry: the domain's builder (whose unit tests pin every line, the London
 * VTIMEZONE among them) given this meeting's facts; the lines that differ per meeting are checked one by one too.
 */
function calendarFile(meetingId: string, sequence: number, stamp = '2026-12-17T10:00:00Z'): string {
  const file = meetingCalendarFile({
    uid: `meeting-${meetingId}@heard`,
    sequence,
    stampedAt: new Date(stamp),
    date: '2026-12-29',
    startTime: '14:30',
    lengthMinutes: 90,
    summary: 'Care-planning meeting',
    location: 'School: Hill Road Academy, room 4',
    description: 'Care-planning meeting: Tuesday 29 December 2026 at 2:30pm, for 1 hour 30 minutes.',
  });
  expect(file).toContain(
    [
      'BEGIN:VEVENT',
      `UID:meeting-${meetingId}@heard`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${stamp.replace(/[-:]/g, '')}`,
      'DTSTART;TZID=Europe/London:20261229T143000',
      'DURATION:PT1H30M',
      'SUMMARY:Care-planning meeting',
      'LOCATION:School: Hill Road Academy\\, room 4',
      'DESCRIPTION:Care-planning meeting: Tuesday 29 December 2026 at 2:30pm\\, for',
      '  1 hour 30 minutes.',
      'END:VEVENT',
    ].join('\r\n'),
  );
  return file;
}
