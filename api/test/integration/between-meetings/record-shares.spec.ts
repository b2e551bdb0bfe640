import { BetweenLateRecordsDocument, BetweenScheduleDocument, BetweenShareDocument, BetweenSharingDocument } from '@heard/graphql-types/testing';
import { onDay } from '../../support/clock';
import { fireAtOnce, oneWinner, outcomes, signedInClients } from '../../support/parallel';
import { startTestApp, type TestApp } from '../../support/test-app';
import { betweenSetup, heldMeeting, refusals } from './between-fixture';

// Held on Thursday 18 December 2025: Christmas Day, Boxing Day and New Year's Day are skipped, so the record is due
// by Tuesday 6 January 2026, 10 working days later.
const HELD = '2025-12-18';
const DUE = '2026-01-06';
const EXPLANATION = 'The record is due to the attendees by Tuesday 6 January 2026: 10 working days after the meeting on Thursday 18 December 2025.';

describe("the meeting's record goes to the attendees by role within 10 working days", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  it('on time on the due day over Christmas, late the day after; every role shown with its own status', async () => {
    const s = await betweenSetup(api);
    const meetingId = await heldMeeting(s, HELD);
    onDay(api, DUE);
    const onTime = await s.manager.request(BetweenShareDocument, { input: { meetingId, roles: ['CHILD', 'ADVOCATE', 'CARER'], sharedOn: DUE } });
    expect(onTime.data?.recordMeetingRecordShared).toEqual({
      meetingId,
      heldOn: HELD,
      dueBy: DUE,
      dueExplanation: EXPLANATION,
      status: 'ON_TIME',
      rolesShared: 3,
      canRecord: true,
      roles: [
        { role: 'CHILD', roleLabel: 'The child', sharedOn: DUE, status: 'ON_TIME' },
        { role: 'PARENT', roleLabel: 'Parent', sharedOn: null, status: 'AWAITED' },
        { role: 'CARER', roleLabel: 'Carer', sharedOn: DUE, status: 'ON_TIME' },
        { role: 'SOCIAL_WORKER', roleLabel: 'Social worker', sharedOn: null, status: 'AWAITED' },
        { role: 'ADVOCATE', roleLabel: 'Advocate', sharedOn: DUE, status: 'ON_TIME' },
        { role: 'OTHER', roleLabel: 'Someone else', sharedOn: null, status: 'AWAITED' },
      ],
    });
    expect((await s.manager.request(BetweenLateRecordsDocument, {})).data?.lateMeetingRecords.filter((r) => r.meetingId === meetingId)).toEqual([]);
    onDay(api, '2026-01-07');
    const late = await s.manager.request(BetweenShareDocument, { input: { meetingId, roles: ['PARENT'], sharedOn: '2026-01-07' } });
    expect(late.data?.recordMeetingRecordShared.status).toBe('LATE');
    expect(late.data?.recordMeetingRecordShared.roles.map((r) => [r.role, r.status])).toEqual([
      ['CHILD', 'ON_TIME'],
      ['PARENT', 'LATE'],
      ['CARER', 'ON_TIME'],
      ['SOCIAL_WORKER', 'OVERDUE'],
      ['ADVOCATE', 'ON_TIME'],
      ['OTHER', 'OVERDUE'],
    ]);
    expect((await s.manager.request(BetweenLateRecordsDocument, {})).data?.lateMeetingRecords.filter((r) => r.meetingId === meetingId)).toEqual([
      { meetingId, heldOn: HELD, dueBy: DUE, status: 'LATE', lastSharedOn: '2026-01-07', rolesShared: 4 },
    ]);
    const advocateView = await s.advocate.request(BetweenSharingDocument, { meetingId });
    expect([advocateView.data?.meetingRecordSharing.status, advocateView.data?.meetingRecordSharing.canRecord]).toEqual(['LATE', false]);
  });

  it('not shared by the due day: overdue, on the LA’s list of late records', async () => {
    const s = await betweenSetup(api);
    const meetingId = await heldMeeting(s, HELD);
    onDay(api, '2026-01-07');
    expect((await s.manager.request(BetweenSharingDocument, { meetingId })).data?.meetingRecordSharing.status).toBe('OVERDUE');
    expect((await s.manager.request(BetweenLateRecordsDocument, {})).data?.lateMeetingRecords.filter((r) => r.meetingId === meetingId)).toEqual([
      { meetingId, heldOn: HELD, dueBy: DUE, status: 'OVERDUE', lastSharedOn: null, rolesShared: 0 },
    ]);
    expect((await s.otherManager.request(BetweenLateRecordsDocument, {})).data?.lateMeetingRecords.filter((r) => r.meetingId === meetingId)).toEqual([]);
  });

  it('shared with a role once: parallel records of the same role, one wins', async () => {
    const s = await betweenSetup(api);
    const meetingId = await heldMeeting(s, HELD);
    const clients = await signedInClients(3, () => s.fx.signIn(s.fx.managerEmail));
    const answers = await fireAtOnce(clients, BetweenShareDocument, { input: { meetingId, roles: ['SOCIAL_WORKER'], sharedOn: '2025-12-19' } });
    expect(outcomes(answers)).toEqual(oneWinner(3, 'The record was already shared with one of those roles: reload the page to see who has it.'));
  });

  it('refuses a meeting not held, a date before the meeting, other LAs and advocates', async () => {
    const s = await betweenSetup(api);
    const meetingId = await heldMeeting(s, HELD);
    const scheduled = await s.manager.request(BetweenScheduleDocument, {
      input: { childId: s.childId, scheduledOn: '2027-01-10', place: 'School', chairStaffId: s.chairId, invitees: [] },
    });
    const notHeld = scheduled.data?.scheduleMeeting.id ?? '';
    expect(refusals(await s.manager.request(BetweenSharingDocument, { meetingId: notHeld }))).toEqual([
      ['CONFLICT', null, 'The meeting has not been held yet: its record goes to the attendees after it.'],
    ]);
    expect(refusals(await s.manager.request(BetweenShareDocument, { input: { meetingId, roles: ['CHILD'], sharedOn: '2025-12-17' } }))).toEqual([
      ['BAD_USER_INPUT', 'sharedOn', 'The date the record was shared cannot be before the meeting on 18 December 2025.'],
    ]);
    expect((await s.manager.request(BetweenShareDocument, { input: { meetingId, roles: [], sharedOn: '2025-12-19' } })).errors[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await s.otherManager.request(BetweenShareDocument, { input: { meetingId, roles: ['CHILD'], sharedOn: '2025-12-19' } })).errors[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await s.otherManager.request(BetweenSharingDocument, { meetingId })).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await s.advocate.request(BetweenShareDocument, { input: { meetingId, roles: ['CHILD'], sharedOn: '2025-12-19' } })).errors[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
