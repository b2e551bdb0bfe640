import { DeadlinesAndLiveUpdatesMarkReadDocument, DeadlinesAndLiveUpdatesUnreadDocument } from '@heard/graphql-types/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { onDay } from '../../support/clock';
import { OverdueConcernsJob } from '../../../src/modules/escalations/overdue-concerns.job';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { CONCERN, concernWorld, RAISE, raiseInput } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

interface Update {
  concernId: string;
  kind: string;
  stage: string;
}

describe('concern deadlines and live updates', () => {
  let api: TestApp;
  const sockets: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api.close();
  });

  /** Subscribes as the given client and collects every update it is sent. */
  async function listen(client: GraphqlTestClient): Promise<Update[]> {
    const received: Update[] = [];
    const socket = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${client.accessToken ?? ''}` },
      retryAttempts: 0,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connected', () => resolve());
      socket.subscribe<{ concernUpdated: Update }>(
        { query: 'subscription { concernUpdated { concernId kind stage } }' },
        { next: (value) => value.data && received.push(value.data.concernUpdated), error: reject, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    return received;
  }

  it('pushes a new concern to the LA manager of the child’s LA only, not to another LA or the Commissioner', async () => {
    const { advocate, manager, childId } = await concernWorld(api);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const [mine, theirs, commissioners] = await Promise.all([listen(manager), listen(otherManager), listen(commissioner)]);

    const raised = await advocate.request(RAISE, { input: raiseInput(childId) });
    const id = raised.data?.raiseConcern.id ?? '';
    await waitFor(() => mine.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mine).toEqual([{ concernId: id, kind: 'RAISED', stage: 'INFORMAL' }]);
    expect(theirs.filter((u) => u.concernId === id)).toEqual([]);
    expect(commissioners.filter((u) => u.concernId === id)).toEqual([]);
  });

  it('the overdue job, run twice at once, marks a missed deadline and notifies each person once', async () => {
    const { fx, advocate, manager, childId } = await concernWorld(api);
    onDay(api, '2025-03-03');
    const raised = await advocate.request(RAISE, { input: raiseInput(childId, { raisedOn: '2025-02-20' }) });
    const id = raised.data?.raiseConcern.id ?? '';
    const job = api.app.get(OverdueConcernsJob);
    await Promise.all([job.runOnce(), job.runOnce()]);
    await job.runOnce();

    const timeline = (await advocate.request(CONCERN, { id })).data?.concern.timeline ?? [];
    expect(timeline.filter((e) => e.kind === 'DEADLINE_MISSED').map((e) => [e.actorName, e.answer, e.dueOn])).toEqual([
      ['Heard', 'Informal (social worker) did not respond by 27 February 2025.', '2025-02-27'],
    ]);
    const missed: Array<{ email: string; n: number; emails: number }> = await api.dataSource.query(
      `SELECT u.email, count(n.id)::int AS n, count(o.id)::int AS emails FROM notifications n JOIN users u ON u.id = n.user_id LEFT JOIN outbox_messages o ON o.notification_id = n.id
        WHERE n.concern_id = $1 AND n.kind = 'CONCERN_DEADLINE_MISSED' GROUP BY u.email ORDER BY u.email`,
      [id],
    );
    expect(missed).toEqual(
      [
        { email: fx.advocates[0]?.email, n: 1, emails: 1 },
        { email: fx.managerEmail, n: 1, emails: 1 },
      ].sort((a, b) => (a.email ?? '').localeCompare(b.email ?? '')),
    );
    // The in-app notification names the child; the email never does.
    const [child] = (await api.dataSource.query(`SELECT given_name || ' ' || family_name AS name FROM children WHERE id = $1`, [childId])) as Array<{
      name: string;
    }>;
    const unread = await manager.request(DeadlinesAndLiveUpdatesUnreadDocument);
    expect(unread.data?.notifications.find((n) => n.kind === 'CONCERN_DEADLINE_MISSED')).toEqual({
      kind: 'CONCERN_DEADLINE_MISSED',
      message: `${child?.name ?? ''}: A concern is overdue: Informal (social worker) did not respond by 27 February 2025.`,
      link: `/la/concerns/${id}`,
    });
    const emails: Array<{ body: string }> = await api.dataSource.query(
      `SELECT DISTINCT o.body FROM outbox_messages o JOIN notifications n ON n.id = o.notification_id WHERE n.concern_id = $1 AND n.kind = 'CONCERN_DEADLINE_MISSED'`,
      [id],
    );
    expect([...new Set(emails.map((e) => e.body.split('\n')[0]))]).toEqual([
      'A concern is overdue: Informal (social worker) did not respond by 27 February 2025.',
    ]);
    expect(emails.some((e) => e.body.includes(child?.name ?? '?'))).toBe(false);
    const left = await manager.request(DeadlinesAndLiveUpdatesMarkReadDocument);
    expect(left.data?.markNotificationsRead).toBe(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for a pushed update');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
