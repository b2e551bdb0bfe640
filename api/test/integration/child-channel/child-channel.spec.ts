import {
  ChannelCreateLinkDocument,
  ChannelMarkRepliedDocument,
  ChannelMessagesDocument,
  ChannelPageDocument,
  ChannelRevokeLinkDocument,
  ChannelSendDocument,
} from '@heard/graphql-types/testing';
import { createHash } from 'node:crypto';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlResponse } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const refusals = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);
const GONE = 'Sorry, this link does not work any more. Ask your advocate or a grown-up you trust for a new one.';
const tokenOf = (path: string | undefined) => (path ?? '').replace('/c/', '');

describe("a child's own channel, without an account", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A child with a current advocate, that advocate signed in, another advocate of the same provider, and a live link. */
  async function setup() {
    const fx = await advocacyFixture(api, [{ cap: 1 }, { cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const recorded = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ givenName: 'Amara' }) },
    });
    const childId = recorded.data?.recordTriggerEvent.child.id ?? '';
    const [assigned] = (await api.dataSource.query(
      `SELECT adv.user_id FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id WHERE a.child_id = $1 AND a.ended_on IS NULL`,
      [childId],
    )) as Array<{ user_id: string }>;
    const own = fx.advocates.find((a) => a.userId === assigned?.user_id);
    const other = fx.advocates.find((a) => a.userId !== assigned?.user_id);
    const advocate = await fx.signIn(own?.email ?? '');
    const otherAdvocate = await fx.signIn(other?.email ?? '');
    const created = await advocate.request(ChannelCreateLinkDocument, { childId });
    return { fx, manager, advocate, otherAdvocate, childId, own, token: tokenOf(created.data?.createChildChannelLink.path), child: api.client() };
  }

  it('makes a 192-bit link, keeps only its SHA-256, and a new link stops the old one', async () => {
    const { advocate, childId, token, child } = await setup();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = (await api.dataSource.query(`SELECT token_hash, revoked_at FROM child_channel_links WHERE child_id = $1`, [childId])) as Array<{
      token_hash: string;
      revoked_at: Date | null;
    }>;
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex'), revoked_at: null }]);
    const again = tokenOf((await advocate.request(ChannelCreateLinkDocument, { childId })).data?.createChildChannelLink.path);
    expect(refusals(await child.request(ChannelPageDocument, { token }))).toEqual([['NOT_FOUND', GONE]]);
    expect((await child.request(ChannelPageDocument, { token: again })).data?.childChannelPage).toEqual({ advocateFirstName: 'Advocate' });
  });

  it("the page shows only the advocate's first name, and its reading is audited against the child", async () => {
    const { childId, token, child } = await setup();
    const page = await child.request(ChannelPageDocument, { token });
    expect(page.data).toEqual({ childChannelPage: { advocateFirstName: 'Advocate' } });
    expect(page.text).not.toContain('Amara');
    const audit = (await api.dataSource.query(
      `SELECT actor_user_id, action, purpose FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'child_channel.%' ORDER BY id`,
      [childId],
    )) as unknown[];
    expect(audit).toEqual([
      { actor_user_id: expect.any(String), action: 'child_channel.link_created', purpose: 'Advocacy for a child the advocate represents' },
      { actor_user_id: null, action: 'child_channel.page_read', purpose: 'The child reaching their advocate through their own secret page' },
    ]);
  });

  it('a message reaches the advocate at once, with the reply clock; the email names no child', async () => {
    const { advocate, childId, own, token, child } = await setup();
    const sent = await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: '  Can we talk about my school?  ' } });
    expect(sent.data?.sendChildChannelMessage.urgent).toBe(false);
    expect(sent.data?.sendChildChannelMessage.confirmation).toMatch(
      /^Your message has gone to Advocate\. Advocate will reply by \d{1,2}(:\d\d)?[ap]m on [A-Z][a-z]+day\.$/,
    );
    const read = await advocate.request(ChannelMessagesDocument, { childId });
    const [message] = read.data?.childChannel.messages ?? [];
    expect(message).toMatchObject({ kind: 'MESSAGE', text: 'Can we talk about my school?', urgent: false, replyStatus: 'DUE', repliedAt: null });
    expect(message?.replyDueSentence).toMatch(/^Reply by .+: one working day after /);
    expect(read.data?.childChannel.overdueCount).toBe(0);
    const notices = (await api.dataSource.query(`SELECT kind, message, link FROM notifications WHERE user_id = $1`, [own?.userId])) as unknown[];
    expect(notices).toEqual([
      {
        kind: 'CHILD_CHANNEL_MESSAGE',
        message: 'Amara: A child sent you a message through their own page. Reply within one working day.',
        link: `/advocate/children/${childId}`,
      },
    ]);
    const emails = (await api.dataSource.query(`SELECT body FROM outbox_messages WHERE to_address = $1`, [own?.email])) as Array<{ body: string }>;
    expect(emails.map((e) => e.body.includes('Amara'))).toEqual([false]);
    const audit = (await api.dataSource.query(`SELECT action, outcome FROM audit_log WHERE $1 = ANY(child_ids) AND action = 'child_channel.message_sent'`, [
      childId,
    ])) as unknown[];
    expect(audit).toEqual([{ action: 'child_channel.message_sent', outcome: 'ALLOWED' }]);
  });

  it('"I don\'t feel safe right now" raises an urgent flag for the advocate', async () => {
    const { advocate, childId, own, token, child } = await setup();
    const sent = await child.request(ChannelSendDocument, { input: { token, kind: 'NOT_SAFE' } });
    expect(sent.data?.sendChildChannelMessage.urgent).toBe(true);
    const [message] = (await advocate.request(ChannelMessagesDocument, { childId })).data?.childChannel.messages ?? [];
    expect(message).toMatchObject({ kind: 'NOT_SAFE', urgent: true, text: null });
    const notices = (await api.dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1`, [own?.userId])) as unknown[];
    expect(notices).toEqual([{ kind: 'CHILD_CHANNEL_URGENT' }]);
  });

  it('a request to be called keeps the time the child chose', async () => {
    const { advocate, childId, token, child } = await setup();
    const sent = await child.request(ChannelSendDocument, { input: { token, kind: 'CALL_ME', callTime: 'After school' } });
    expect(sent.data?.sendChildChannelMessage.confirmation).toMatch(/^Your request for a call has gone to Advocate\. /);
    const [message] = (await advocate.request(ChannelMessagesDocument, { childId })).data?.childChannel.messages ?? [];
    expect(message).toMatchObject({ kind: 'CALL_ME', callTime: 'After school' });
  });

  it('refuses a blank or too-long message', async () => {
    const { token, child } = await setup();
    expect(refusals(await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: '   ' } }))).toEqual([
      ['BAD_USER_INPUT', 'Write your message.'],
    ]);
    const long = await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: 'a'.repeat(1001) } });
    expect(long.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('after 5 sends in 10 minutes, the link is rate-limited: HTTP 429, Retry-After, kind words, and the refusal audited', async () => {
    const { childId, token, child } = await setup();
    for (let i = 0; i < 5; i += 1)
      expect((await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: `Hello ${i}` } })).errors).toEqual([]);
    const refused = await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: 'Hello again' } });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refusals(refused)).toEqual([
      ['RATE_LIMITED', 'Too many messages for now. Please try again in 10 minutes. If you are not safe right now, call 999.'],
    ]);
    expect(refused.errors[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    const [link] = (await api.dataSource.query(`SELECT id FROM child_channel_links WHERE child_id = $1`, [childId])) as Array<{ id: string }>;
    const audit = (await api.dataSource.query(
      `SELECT actor_user_id, action, outcome, entity, entity_id, details FROM audit_log WHERE $1 = ANY(child_ids) AND outcome = 'REFUSED'`,
      [childId],
    )) as unknown[];
    expect(audit).toEqual([
      {
        actor_user_id: null,
        action: 'child_channel.send_rate_limited',
        outcome: 'REFUSED',
        entity: 'child',
        entity_id: childId,
        details: { linkId: link?.id, kind: 'MESSAGE', code: 'RATE_LIMITED' },
      },
    ]);
    const stored = (await api.dataSource.query(`SELECT count(*)::int AS n FROM child_channel_messages WHERE child_id = $1`, [childId])) as unknown[];
    expect(stored).toEqual([{ n: 5 }]);
  });

  it('"I don\'t feel safe right now" always gets through, even when the link is rate-limited for messages', async () => {
    const { advocate, childId, token, child } = await setup();
    for (let i = 0; i < 5; i += 1) await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: `Hello ${i}` } });
    expect((await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: 'Hello again' } })).status).toBe(429);
    const unsafe = await child.request(ChannelSendDocument, { input: { token, kind: 'NOT_SAFE' } });
    expect(unsafe.errors).toEqual([]);
    expect(unsafe.data?.sendChildChannelMessage.urgent).toBe(true);
    const kinds = (await advocate.request(ChannelMessagesDocument, { childId })).data?.childChannel.messages.map((m) => m.kind);
    expect(kinds?.filter((k) => k === 'NOT_SAFE')).toEqual(['NOT_SAFE']);
    expect(kinds?.length).toBe(6);
  });

  it('a revoked link and an unknown one are the same NOT_FOUND, and the refusal is audited', async () => {
    const { advocate, childId, token, child } = await setup();
    expect((await advocate.request(ChannelRevokeLinkDocument, { childId })).data?.revokeChildChannelLink).toEqual({ liveLinkCreatedAt: null });
    expect(refusals(await child.request(ChannelPageDocument, { token }))).toEqual([['NOT_FOUND', GONE]]);
    expect(refusals(await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: 'Hi' } }))).toEqual([['NOT_FOUND', GONE]]);
    expect(refusals(await child.request(ChannelPageDocument, { token: 'A'.repeat(32) }))).toEqual([['NOT_FOUND', GONE]]);
    expect(refusals(await advocate.request(ChannelRevokeLinkDocument, { childId }))).toEqual([
      ['CONFLICT', 'This child has no link to stop: it was already stopped.'],
    ]);
    const refused = (await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'REFUSED' AND operation = 'query childChannelPage' AND request_id IS NOT NULL`,
    )) as Array<{ n: number }>;
    expect(refused[0]?.n ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('another advocate (and the LA manager) cannot read the messages: FORBIDDEN, and audited', async () => {
    const { otherAdvocate, manager, childId, fx } = await setup();
    expect(refusals(await otherAdvocate.request(ChannelMessagesDocument, { childId }))).toEqual([
      ['FORBIDDEN', 'Only the child’s current advocate can see and answer their messages.'],
    ]);
    expect((await manager.request(ChannelMessagesDocument, { childId })).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const audit = (await api.dataSource.query(
      `SELECT outcome FROM audit_log WHERE operation = 'query childChannel' AND outcome = 'REFUSED' AND actor_role = 'ADVOCATE' AND actor_user_id = ANY($1::uuid[])`,
      [fx.advocates.map((a) => a.userId)],
    )) as unknown[];
    expect(audit).toEqual([{ outcome: 'REFUSED' }]);
  });

  it('records how the advocate replied; a second reply is a CONFLICT', async () => {
    const { advocate, childId, token, child } = await setup();
    await child.request(ChannelSendDocument, { input: { token, kind: 'MESSAGE', text: 'Please ring me' } });
    const [message] = (await advocate.request(ChannelMessagesDocument, { childId })).data?.childChannel.messages ?? [];
    const input = { messageId: message?.id ?? '', method: 'CALL' as const, note: 'Rang after school' };
    expect((await advocate.request(ChannelMarkRepliedDocument, { input })).data?.markChildMessageReplied).toEqual({
      id: message?.id,
      replyStatus: 'REPLIED',
      replyMethod: 'CALL',
      replyNote: 'Rang after school',
    });
    expect(refusals(await advocate.request(ChannelMarkRepliedDocument, { input: { ...input, method: 'VISIT' } }))).toEqual([
      ['CONFLICT', 'A reply to this message is already recorded.'],
    ]);
  });
});
