import {
  ConcernsAwaitingDocument,
  SafeguardingAcknowledgeDocument,
  SafeguardingContactDocument,
  SafeguardingRaiseDocument,
  SafeguardingSetContactDocument,
  SafeguardingTimelineDocument,
  SafeguardingWaitingDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { OverdueConcernsJob } from '../../../src/modules/escalations/overdue-concerns.job';
import { SafeguardingAlertsJob } from '../../../src/modules/escalations/safeguarding-alerts.job';
import { SafeguardingRepository } from '../../../src/modules/escalations/safeguarding.repository';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { errorCodes } from '../../support/clock';
import { concernWorld, type ConcernWorld } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const RAISE = SafeguardingRaiseDocument;
const ACK = SafeguardingAcknowledgeDocument;

describe('the safeguarding fast path', () => {
  let api: TestApp;
  let admin: GraphqlTestClient;
  let commissioner: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const at = (iso: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(iso));
  const userId = async (email: string) =>
    ((await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as Array<{ id: string }>)[0]?.id ?? '';
  const timeline = async (client: GraphqlTestClient, id: string) =>
    (await client.request(SafeguardingTimelineDocument, { id })).data?.concern.timeline.map((e) => [e.kind, e.answer]);
  const notified = async (key: string) =>
    (await api.dataSource.query(`SELECT u.email, n.message FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.dedupe_key = $1 ORDER BY u.email`, [
      key,
    ])) as Array<{ email: string; message: string }>;

  async function withContact(world: ConcernWorld, director = false): Promise<void> {
    const managerId = await userId(world.fx.managerEmail);
    const set = await admin.request(SafeguardingSetContactDocument, {
      input: {
        localAuthorityId: world.fx.laId,
        name: 'Priya Shah, safeguarding lead',
        email: `safeguarding-${world.fx.laId}@la.example`,
        acknowledgerUserId: managerId,
        directorUserId: director ? managerId : null,
      },
    });
    expect(set.errors).toEqual([]);
  }

  const raiseInput = (childId: string) => ({
    childId,
    whatHappened: 'Bruises on both arms after a weekend visit',
    childSaid: 'I do not want to go back there',
  });

  it('an administrator sets the LA’s contact, audited; the acknowledger must be a manager of that LA', async () => {
    const world = await concernWorld(api);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const wrong = await admin.request(SafeguardingSetContactDocument, {
      input: { localAuthorityId: world.fx.laId, name: 'X', email: 'x@la.example', acknowledgerUserId: await userId(other.managerEmail), directorUserId: null },
    });
    expect([errorCodes(wrong), wrong.errors[0]?.message]).toEqual([['BAD_USER_INPUT'], 'Choose a manager of this local authority to acknowledge alerts.']);
    expect((await admin.request(SafeguardingContactDocument, { localAuthorityId: world.fx.laId })).data?.safeguardingContact).toBeNull();

    await withContact(world, true);
    const contact = (await admin.request(SafeguardingContactDocument, { localAuthorityId: world.fx.laId })).data?.safeguardingContact;
    expect([contact?.name, contact?.email]).toEqual(['Priya Shah, safeguarding lead', `safeguarding-${world.fx.laId}@la.example`]);
    expect(contact?.acknowledgerName).toBe(contact?.directorName);
    const audit = await api.dataSource.query(
      `SELECT action, outcome FROM audit_log WHERE entity_id = $1 AND action LIKE '%safeguarding%' ORDER BY occurred_at, id`,
      [world.fx.laId],
    );
    expect(audit).toEqual([
      { action: 'organisation.view_safeguarding_contact', outcome: 'ALLOWED' },
      { action: 'organisation.set_safeguarding_contact', outcome: 'ALLOWED' },
      { action: 'organisation.view_safeguarding_contact', outcome: 'ALLOWED' },
    ]);
  });

  it('raising tells the contact at once (in-app, and email naming no child), audited; only that LA’s managers acknowledge, once', async () => {
    const world = await concernWorld(api);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    await withContact(world);

    at('2025-12-01T10:15:00Z');
    const raised = await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    expect(raised.errors).toEqual([]);
    const alert = raised.data?.raiseSafeguardingConcern;
    const alertId = alert?.id ?? '';
    expect([alert?.toldWho, alert?.dueAt, alert?.status, alert?.deadlineExplained]).toEqual([
      'Priya Shah, safeguarding lead',
      '2025-12-01T17:30:00.000Z',
      'AWAITING',
      'Raised at 10:15 GMT on Monday 1 December 2025, before 15:30 on a working day, so it must be acknowledged by 17:30 GMT on Monday 1 December 2025, the same working day.',
    ]);
    const messages = await notified(`safeguarding:${alertId}:raised`);
    expect(messages).toEqual([
      {
        email: world.fx.managerEmail,
        message: `${alert?.childName ?? ''}: An advocate has raised an immediate safeguarding concern about a child in your care. Acknowledge it by 17:30 GMT on Monday 1 December 2025.`,
      },
    ]);
    const emails = (await api.dataSource.query(`SELECT body FROM outbox_messages WHERE to_address = $1`, [
      `safeguarding-${world.fx.laId}@la.example`,
    ])) as Array<{ body: string }>;
    expect(emails.length).toBe(1);
    expect(emails[0]?.body.includes(alert?.childName ?? '?')).toBe(false);
    expect(
      await api.dataSource.query(`SELECT actor_role, outcome FROM audit_log WHERE action = 'safeguarding.raise' AND entity_id = $1`, [world.childId]),
    ).toEqual([{ actor_role: 'ADVOCATE', outcome: 'ALLOWED' }]);

    expect((await world.manager.request(SafeguardingWaitingDocument)).data?.safeguardingAlertsWaiting.map((a) => a.id)).toEqual([alertId]);
    expect((await otherManager.request(SafeguardingWaitingDocument)).data?.safeguardingAlertsWaiting).toEqual([]);
    // It bypasses the ladder: it is under the safeguarding alerts, never in the LA's awaiting-response list.
    const awaiting = (await world.manager.request(ConcernsAwaitingDocument)).data?.concernsAwaitingResponse.map((c) => c.id) ?? [];
    const [{ concern_id: concernId } = { concern_id: '' }] = (await api.dataSource.query(`SELECT concern_id FROM safeguarding_alerts WHERE id = $1`, [
      alertId,
    ])) as Array<{ concern_id: string }>;
    expect([concernId.length, awaiting.includes(concernId)]).toEqual([36, false]);

    // Another LA's manager cannot tell an alert they may not reach from one that does not exist.
    const refused = await otherManager.request(ACK, { alertId });
    expect(refused.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['NOT_FOUND', 'No safeguarding alert with that id.']]);
    expect(await api.dataSource.query(`SELECT entity, outcome FROM audit_log WHERE action = 'access.refused' AND entity_id = $1`, [alertId])).toEqual([
      { entity: 'alert', outcome: 'REFUSED' },
    ]);

    at('2025-12-01T16:00:00Z');
    const acknowledged = await world.manager.request(ACK, { alertId });
    expect(acknowledged.errors).toEqual([]);
    expect([acknowledged.data?.acknowledgeSafeguardingAlert.status, acknowledged.data?.acknowledgeSafeguardingAlert.acknowledgedAt]).toEqual([
      'ACKNOWLEDGED_ON_TIME',
      '2025-12-01T16:00:00.000Z',
    ]);
    const again = await world.manager.request(ACK, { alertId });
    expect([errorCodes(again), again.errors[0]?.message]).toEqual([['CONFLICT'], 'This safeguarding alert has already been acknowledged.']);
    expect((await world.manager.request(SafeguardingWaitingDocument)).data?.safeguardingAlertsWaiting).toEqual([]);
    expect(await timeline(world.advocate, alert?.concernId ?? '')).toEqual([
      ['SAFEGUARDING_RAISED', 'I do not want to go back there'],
      [
        'SAFEGUARDING_CONTACT_TOLD',
        'Heard told Priya Shah, safeguarding lead at once. Raised at 10:15 GMT on Monday 1 December 2025, before 15:30 on a working day, so it must be acknowledged by 17:30 GMT on Monday 1 December 2025, the same working day.',
      ],
      ['SAFEGUARDING_ACKNOWLEDGED', 'Acknowledged at 16:00 GMT on 1 December 2025, on time.'],
    ]);
  });

  it('after the deadline the job tells the LA’s managers (no director recorded), Commissioner staff and the advocate, once, even run twice at once', async () => {
    const world = await concernWorld(api);
    at('2025-12-05T16:10:00Z');
    const raised = await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    const alert = raised.data?.raiseSafeguardingConcern;
    expect([alert?.toldWho, alert?.dueAt]).toEqual(['the local authority’s managers', '2025-12-08T12:00:00.000Z']);
    const job = api.app.get(SafeguardingAlertsJob);

    at('2025-12-08T11:59:00Z');
    await job.runOnce();
    expect(await notified(`safeguarding:${alert?.id ?? ''}:missed`)).toEqual([]);

    at('2025-12-08T12:01:00Z');
    await Promise.all([job.runOnce(), job.runOnce()]);
    await job.runOnce();
    const missed = await notified(`safeguarding:${alert?.id ?? ''}:missed`);
    // Every active manager of the LA (other suites add managers to it too) and every Commissioner staff member, and the advocate.
    const told = (await api.dataSource.query(
      `SELECT email FROM users WHERE active AND (role = 'COMMISSIONER_STAFF' OR (role = 'LA_MANAGER' AND local_authority_id = $1))`,
      [world.fx.laId],
    )) as Array<{ email: string }>;
    const expected = [...told.map((u) => u.email), world.fx.advocates[0]?.email ?? ''].sort();
    expect(expected).toEqual(expect.arrayContaining([DEMO.commissioner, world.fx.managerEmail]));
    expect(missed.map((m) => m.email).sort()).toEqual(expected);
    expect(missed[0]?.message).toBe(
      `${alert?.childName ?? ''}: The immediate safeguarding concern was not acknowledged by 12:00 GMT on Monday 8 December 2025.`,
    );
    expect((await timeline(commissioner, alert?.concernId ?? ''))?.map(([kind]) => kind)).toEqual([
      'SAFEGUARDING_RAISED',
      'SAFEGUARDING_CONTACT_TOLD',
      'SAFEGUARDING_NOT_ACKNOWLEDGED',
    ]);

    at('2025-12-08T13:00:00Z');
    const late = await world.manager.request(ACK, { alertId: alert?.id ?? '' });
    expect(late.data?.acknowledgeSafeguardingAlert.status).toBe('ACKNOWLEDGED_LATE');
  });

  it('the ladder never chases a safeguarding concern: its informal stage deadline passing sends no ladder notice', async () => {
    const world = await concernWorld(api);
    await withContact(world);
    at('2025-11-03T10:00:00Z');
    const raised = await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    const concernId = raised.data?.raiseSafeguardingConcern.concernId ?? '';
    at('2025-11-28T10:00:00Z');
    await api.app.get(OverdueConcernsJob).runOnce();
    expect((await timeline(world.advocate, concernId))?.map(([kind]) => kind)).toEqual(['SAFEGUARDING_RAISED', 'SAFEGUARDING_CONTACT_TOLD']);
    const ladderNotices = (await api.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'CONCERN_DEADLINE_MISSED' AND dedupe_key LIKE $1`,
      [`%${concernId}%`],
    )) as unknown[];
    expect(ladderNotices).toEqual([{ n: 0 }]);
  });

  it('counts a reporting year’s alerts for the annual report', async () => {
    const world = await concernWorld(api);
    at('2019-06-03T09:00:00Z');
    const raised = await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    expect(raised.errors).toEqual([]);
    const first = raised.data?.raiseSafeguardingConcern.id ?? '';
    at('2019-06-03T10:00:00Z');
    await world.advocate.request(RAISE, { input: raiseInput(world.childId) });
    at('2019-06-03T09:30:00Z');
    await world.manager.request(ACK, { alertId: first });
    const counts = await api.app.get(SafeguardingRepository).yearCounts(api.dataSource.manager, '2019-04-01', '2020-04-01');
    expect(counts).toEqual({ raised: 2, acknowledged: 1, acknowledgedOnTime: 1, medianMinutesToAcknowledge: 30 });
  });
});
