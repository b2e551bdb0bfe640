import {
  LiveChildViewsMeetingDocument,
  LiveChildViewsRecordDocument,
  LiveChildViewsScheduleDocument,
  LiveChildViewsWithdrawDocument,
} from '@heard/graphql-types/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

interface Change {
  meetingId: string;
  childId: string;
  viewId: string;
  change: string;
}

interface Listener {
  received: Change[];
  errors: string[];
}

const SUBSCRIPTION = 'subscription ($meetingId: ID!) { childViewsChanged(meetingId: $meetingId) { meetingId childId viewId change } }';
const SHARED = 'I want to see my brother every week';
const PRIVATE = 'I am scared of my foster carer’s son';

describe("a meeting's child's views, pushed live to those who may see them", () => {
  let api: TestApp;
  const sockets: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api.close();
  });

  /** Subscribes to the meeting's view changes as `client`, collecting every change (and every refusal) it is sent. */
  async function listen(client: GraphqlTestClient, meetingId: string): Promise<Listener> {
    const listener: Listener = { received: [], errors: [] };
    const socket = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${client.accessToken ?? ''}` },
      retryAttempts: 0,
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => {
      socket.on('connected', () => resolve());
      socket.subscribe<{ childViewsChanged: Change }>(
        { query: SUBSCRIPTION, variables: { meetingId } },
        {
          next: (value) => {
            if (value.data) listener.received.push(value.data.childViewsChanged);
            for (const e of value.errors ?? []) listener.errors.push(String(e.extensions?.['code'] ?? e.message));
          },
          error: (e: unknown) => listener.errors.push(String(e)),
          complete: () => undefined,
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    return listener;
  }

  async function meetingWorld() {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(LiveChildViewsScheduleDocument, {
      input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id, invitees: [] },
    });
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, manager, advocate, childId, meetingId: scheduled.data?.scheduleMeeting.id ?? '' };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it("reaches the child's advocate and their LA's managers for a shared view, the advocate alone for an unshared one, and nobody else", async () => {
    const { manager, advocate, childId, meetingId } = await meetingWorld();
    const elsewhere = await meetingWorld();
    const otherAdvocate = elsewhere.advocate;
    const demoManager = api.client();
    await demoManager.login(DEMO.manager, DEMO.password);
    const [theAdvocate, theManager, otherManager, anotherAdvocate, demoLa, otherMeeting] = await Promise.all([
      listen(advocate, meetingId),
      listen(manager, meetingId),
      listen(elsewhere.manager, meetingId),
      listen(otherAdvocate, meetingId),
      listen(demoManager, meetingId),
      listen(manager, elsewhere.meetingId),
    ]);

    const shared = await advocate.request(LiveChildViewsRecordDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: SHARED, shareable: true } });
    const sharedId = shared.data?.recordChildView.views[0]?.id ?? '';
    await settle();
    const unshared = await advocate.request(LiveChildViewsRecordDocument, { input: { meetingId, kind: 'TO_RAISE', text: PRIVATE, shareable: false } });
    const unsharedId = unshared.data?.recordChildView.views.find((v) => v.text === PRIVATE)?.id ?? '';
    await settle();

    expect(theAdvocate.received).toEqual([
      { meetingId, childId, viewId: sharedId, change: 'RECORDED' },
      { meetingId, childId, viewId: unsharedId, change: 'RECORDED' },
    ]);
    expect(theManager.received).toEqual([{ meetingId, childId, viewId: sharedId, change: 'RECORDED' }]);
    for (const nobody of [otherManager, anotherAdvocate, demoLa, otherMeeting]) expect(nobody).toEqual({ received: [], errors: [] });
    // What the manager's page then reads: the shared view only.
    expect((await manager.request(LiveChildViewsMeetingDocument, { id: meetingId })).data?.meeting.views).toEqual([{ id: sharedId, text: SHARED }]);
  });

  it("withdrawn sharing is pushed to the child's LA, whose managers then no longer see the view", async () => {
    const { manager, advocate, childId, meetingId } = await meetingWorld();
    const shared = await advocate.request(LiveChildViewsRecordDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: SHARED, shareable: true } });
    const viewId = shared.data?.recordChildView.views[0]?.id ?? '';
    const theManager = await listen(manager, meetingId);
    const withdrawn = await advocate.request(LiveChildViewsWithdrawDocument, { viewId });
    expect(withdrawn.errors).toEqual([]);
    await settle();
    expect(theManager.received).toEqual([{ meetingId, childId, viewId, change: 'SHARING_WITHDRAWN' }]);
    expect((await manager.request(LiveChildViewsMeetingDocument, { id: meetingId })).data?.meeting.views).toEqual([]);
  });

  it('is refused to Commissioner staff and administrators, who never see a meeting', async () => {
    const { meetingId } = await meetingWorld();
    for (const email of [DEMO.commissioner, DEMO.admin]) {
      const client = api.client();
      await client.login(email, DEMO.password);
      const listener = await listen(client, meetingId);
      await settle();
      expect([email, listener.errors]).toEqual([email, ['FORBIDDEN']]);
    }
  });
});
