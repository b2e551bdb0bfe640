import {
  BetweenOptOutDocument,
  BetweenPlacementChangeDocument,
  BetweenRecordChangeDocument,
  BetweenSinceLastMeetingDocument,
} from '@heard/graphql-types/testing';
import { startTestApp, type TestApp } from '../../support/test-app';
import { betweenSetup, heldMeeting, refusals, type BetweenSetup } from './between-fixture';

describe('a significant change between meetings reaches the advocate at once', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const notificationsOf = async (s: BetweenSetup) =>
    (await api.dataSource.query(
      `SELECT n.message, n.link, o.to_address, o.body FROM notifications n JOIN outbox_messages o ON o.notification_id = n.id
        WHERE n.user_id = $1 AND n.kind = 'SIGNIFICANT_CHANGE' ORDER BY n.created_at`,
      [s.advocateUserId],
    )) as Array<{ message: string; link: string; to_address: string; body: string }>;
  const offers = async (s: BetweenSetup) =>
    (
      (await api.dataSource.query(`SELECT reason FROM offers WHERE child_id = $1 ORDER BY prompted_on, created_at`, [s.childId])) as Array<{ reason: string }>
    ).map((o) => o.reason);

  it('a change of legal status notifies the advocate in the portal and by an email naming no child, and is not a re-offer', async () => {
    const s = await betweenSetup(api);
    await s.advocate.request(BetweenOptOutDocument, { input: { offerId: s.offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-04', childWords: 'Not now' } });
    const recorded = await s.manager.request(BetweenRecordChangeDocument, {
      input: { childId: s.childId, kind: 'LEGAL_STATUS', occurredOn: '2025-03-10', whatChanged: ' A care order was made (C2). ' },
    });
    expect(recorded.data?.recordSignificantChange).toEqual({
      kind: 'LEGAL_STATUS',
      kindLabel: 'Change of legal status',
      occurredOn: '2025-03-10',
      whatChanged: 'A care order was made (C2).',
      offeredAgain: false,
    });
    expect(await notificationsOf(s)).toEqual([
      {
        message: 'Amelia Hart: Change of legal status on 10 March 2025 was recorded for a child you advocate for. You can ask for an earlier meeting.',
        link: `/advocate/children/${s.childId}`,
        to_address: s.fx.advocates[0]?.email,
        body: `Change of legal status on 10 March 2025 was recorded for a child you advocate for. You can ask for an earlier meeting.\n\nSign in to Heard to see it: /advocate/children/${s.childId}\n\nFor your privacy this email names no child.`,
      },
    ]);
    expect(await offers(s)).toEqual(['INITIAL']);
  });

  it('a change of placement through its own mutation is a significant change too, and offers advocacy again to a child who opted out', async () => {
    const s = await betweenSetup(api);
    await s.advocate.request(BetweenOptOutDocument, { input: { offerId: s.offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-04', childWords: 'Not now' } });
    const moved = await s.manager.request(BetweenPlacementChangeDocument, {
      input: { childId: s.childId, changedOn: '2025-04-01', placementType: 'U3', whatChanged: 'Moved to a foster home nearer school.' },
    });
    expect(moved.data?.recordPlacementChange).toEqual({ offeredAgain: true });
    const carePlan = await s.manager.request(BetweenRecordChangeDocument, {
      input: { childId: s.childId, kind: 'CARE_PLAN', occurredOn: '2025-04-02', whatChanged: 'Contact with her brother moves to weekly.' },
    });
    expect(carePlan.data?.recordSignificantChange.offeredAgain).toBe(false);
    expect(await offers(s)).toEqual(['INITIAL', 'PLACEMENT_CHANGE']);
    expect((await notificationsOf(s)).map((n) => n.message)).toEqual([
      'Amelia Hart: Change of placement on 1 April 2025 was recorded for a child you advocate for. You can ask for an earlier meeting.',
      'Amelia Hart: Change to the care plan on 2 April 2025 was recorded for a child you advocate for. You can ask for an earlier meeting.',
    ]);
    const since = await s.advocate.request(BetweenSinceLastMeetingDocument, { childId: s.childId });
    expect(since.data?.significantChangesSinceLastMeeting).toEqual({
      lastMeetingOn: null,
      changes: [
        {
          kind: 'CARE_PLAN',
          kindLabel: 'Change to the care plan',
          occurredOn: '2025-04-02',
          whatChanged: 'Contact with her brother moves to weekly.',
          offeredAgain: false,
        },
        {
          kind: 'PLACEMENT',
          kindLabel: 'Change of placement',
          occurredOn: '2025-04-01',
          whatChanged: 'Moved to a foster home nearer school.',
          offeredAgain: true,
        },
      ],
    });
  });

  it('"since the last meeting" lists only the changes on or after the last held meeting', async () => {
    const s = await betweenSetup(api);
    const change = (occurredOn: string, whatChanged: string) =>
      s.manager.request(BetweenRecordChangeDocument, { input: { childId: s.childId, kind: 'CARE_PLAN', occurredOn, whatChanged } });
    await change('2025-04-01', 'Before the meeting');
    await heldMeeting(s, '2025-04-10');
    await change('2025-04-11', 'After the meeting');
    const since = await s.manager.request(BetweenSinceLastMeetingDocument, { childId: s.childId });
    expect(since.data?.significantChangesSinceLastMeeting.lastMeetingOn).toBe('2025-04-10');
    expect(since.data?.significantChangesSinceLastMeeting.changes.map((c) => c.whatChanged)).toEqual(['After the meeting']);
  });

  it('refuses bad input naming the field, and anyone but a manager of the child’s LA', async () => {
    const s = await betweenSetup(api);
    const input = { childId: s.childId, kind: 'CARE_PLAN' as const, occurredOn: '2025-04-01', whatChanged: 'New plan' };
    expect(refusals(await s.manager.request(BetweenRecordChangeDocument, { input: { ...input, kind: 'PLACEMENT' } }))).toEqual([
      ['BAD_USER_INPUT', 'kind', 'Record a change of placement with its new placement type, as a change of placement.'],
    ]);
    expect(refusals(await s.manager.request(BetweenRecordChangeDocument, { input: { ...input, whatChanged: '   ' } }))).toEqual([
      ['BAD_USER_INPUT', 'whatChanged', 'Enter what changed.'],
    ]);
    expect((await s.manager.request(BetweenRecordChangeDocument, { input: { ...input, occurredOn: '2099-01-01' } })).errors[0]?.extensions?.['field']).toBe(
      'occurredOn',
    );
    expect(refusals(await s.otherManager.request(BetweenRecordChangeDocument, { input }))).toEqual([
      ['NOT_FOUND', null, 'No child with that id is in your caseload or your local authority.'],
    ]);
    expect((await s.advocate.request(BetweenRecordChangeDocument, { input })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.otherManager.request(BetweenSinceLastMeetingDocument, { childId: s.childId })).errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
