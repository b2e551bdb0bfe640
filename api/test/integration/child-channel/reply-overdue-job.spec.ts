import { ChannelCreateLinkDocument, ChannelMessagesDocument, ChannelSendDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { ChildChannelOverdueJob } from '../../../src/modules/child-channel/child-channel-overdue.job';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

describe("a child's message past its one-working-day reply deadline", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  const at = (iso: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(iso));

  async function sentMessage(sentAt: string) {
    const fx = await advocacyFixture(api, [{ cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const recorded = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ givenName: 'Rowan' }) },
    });
    const childId = recorded.data?.recordTriggerEvent.child.id ?? '';
    const own = fx.advocates[0];
    const advocate = await fx.signIn(own?.email ?? '');
    const path = (await advocate.request(ChannelCreateLinkDocument, { childId })).data?.createChildChannelLink.path ?? '';
    at(sentAt);
    const sent = await api.client().request(ChannelSendDocument, { input: { token: path.replace('/c/', ''), kind: 'MESSAGE', text: 'Can you ring me?' } });
    expect(sent.errors).toEqual([]);
    return { childId, advocate, userId: own?.userId ?? '' };
  }

  const notices = (userId: string) =>
    api.dataSource.query(`SELECT kind, message, link FROM notifications WHERE user_id = $1 AND kind = 'CHILD_CHANNEL_REPLY_OVERDUE'`, [userId]);

  it('is flagged once, at its deadline, to the advocate, and shown as overdue; two processes flag it once', async () => {
    // Friday 4pm London (GMT in December): due Monday 4pm.
    const { childId, advocate, userId } = await sentMessage('2025-12-05T16:00:00Z');
    const job = api.app.get(ChildChannelOverdueJob);
    at('2025-12-08T16:00:00Z');
    expect(await job.runOnce()).toBe(0);
    expect(await notices(userId)).toEqual([]);
    at('2025-12-08T16:00:01Z');
    expect((await Promise.all([job.runOnce(), job.runOnce()])).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await job.runOnce()).toBe(0);
    expect(await notices(userId)).toEqual([
      {
        kind: 'CHILD_CHANNEL_REPLY_OVERDUE',
        message: 'Rowan: A message from a child through their own page has not had a reply within one working day. Reply now.',
        link: `/advocate/children/${childId}`,
      },
    ]);
    const flagged = (await api.dataSource.query(`SELECT overdue_flagged_at FROM child_channel_messages WHERE child_id = $1`, [childId])) as Array<{
      overdue_flagged_at: Date | null;
    }>;
    expect(flagged.map((m) => m.overdue_flagged_at?.toISOString())).toEqual(['2025-12-08T16:00:01.000Z']);
    const read = (await advocate.request(ChannelMessagesDocument, { childId })).data?.childChannel;
    expect([read?.overdueCount, read?.messages.map((m) => m.replyStatus)]).toEqual([1, ['OVERDUE']]);
    const audit = (await api.dataSource.query(
      `SELECT actor_user_id, action FROM audit_log WHERE $1 = ANY(child_ids) AND action = 'child_channel.reply_overdue'`,
      [childId],
    )) as unknown[];
    expect(audit).toEqual([{ actor_user_id: null, action: 'child_channel.reply_overdue' }]);
  });

  it('is not flagged once the advocate has replied', async () => {
    const { childId, userId } = await sentMessage('2025-12-05T16:00:00Z');
    await api.dataSource.query(`UPDATE child_channel_messages SET replied_at = '2025-12-08T10:00:00Z', reply_method = 'CALL' WHERE child_id = $1`, [childId]);
    at('2025-12-09T12:00:00Z');
    await api.app.get(ChildChannelOverdueJob).runOnce();
    expect(await notices(userId)).toEqual([]);
  });
});
