import {
  WithdrawViewSharingMeetingDocument,
  WithdrawViewSharingRecordDocument,
  WithdrawViewSharingScheduleDocument,
  WithdrawViewSharingWithdrawDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = WithdrawViewSharingScheduleDocument;
const RECORD = WithdrawViewSharingRecordDocument;
const WITHDRAW = WithdrawViewSharingWithdrawDocument;
const MEETING = WithdrawViewSharingMeetingDocument;

const WITHDRAWN_AT = '2025-01-21T09:30:00.000Z';
const SHARED = 'I want to see my brother every week';
const PRIVATE = 'I am scared of my foster carer’s son';
const ALSO_SHARED = 'I want to take part by video';

interface View {
  id: string;
  kind: string;
  text: string;
  shareable: boolean;
  sharingWithdrawnAt: string | null;
  sharingWithdrawnBy: string | null;
  canWithdrawSharing: boolean;
}

interface Setup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
  /** The views' ids in the order recorded: shared, not shared, shared. */
  ids: [string, string, string];
}

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);

describe('withdrawing the sharing of a child’s view', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(SCHEDULE, {
      input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id, invitees: [] },
    });
    const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    let views: View[] = [];
    for (const [kind, text, shareable] of [
      ['WISHES_AND_FEELINGS', SHARED, true],
      ['TO_RAISE', PRIVATE, false],
      ['HOW_TO_TAKE_PART', ALSO_SHARED, true],
    ] as const) {
      const recorded = await advocate.request(RECORD, { input: { meetingId, kind, text, shareable } });
      views = recorded.data?.recordChildView.views ?? [];
    }
    const ids = views.map((v) => v.id);
    if (ids.length !== 3) throw new Error(`expected 3 views, got ${ids.length}`);
    return { fx, manager, advocate, childId, meetingId, ids: [ids[0] ?? '', ids[1] ?? '', ids[2] ?? ''] };
  }

  const at = (iso: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(iso));

  const stored = (viewId: string) =>
    api.dataSource.query(`SELECT shareable, sharing_withdrawn_at, sharing_withdrawn_by_user_id FROM child_views WHERE id = $1`, [viewId]) as Promise<
      Array<{ shareable: boolean; sharing_withdrawn_at: Date | null; sharing_withdrawn_by_user_id: string | null }>
    >;

  const audited = (viewId: string) =>
    api.dataSource.query(
      `SELECT actor_user_id, actor_role, entity, entity_id, details FROM audit_log WHERE action = 'meeting.view_sharing_withdrawn' AND details->>'viewId' = $1`,
      [viewId],
    ) as Promise<Array<{ actor_user_id: string; actor_role: string; entity: string; entity_id: string; details: Record<string, string> }>>;

  it('the child’s current advocate withdraws it: who and when are recorded and audited, nothing is deleted, and the LA manager no longer sees it', async () => {
    const { fx, manager, advocate, childId, meetingId, ids } = await setup();
    const before = await manager.request(MEETING, { id: meetingId });
    expect(before.data?.meeting.views.map((v) => v.text)).toEqual([SHARED, ALSO_SHARED]);

    at(WITHDRAWN_AT);
    const result = await advocate.request(WITHDRAW, { viewId: ids[0] });
    expect(result.errors).toEqual([]);
    const advocateName = fx.advocates[0]?.name ?? '';
    expect(result.data?.withdrawChildViewSharing).toEqual({
      id: meetingId,
      views: [
        {
          id: ids[0],
          kind: 'WISHES_AND_FEELINGS',
          text: SHARED,
          shareable: true,
          sharingWithdrawnAt: WITHDRAWN_AT,
          sharingWithdrawnBy: advocateName,
          canWithdrawSharing: false,
        },
        { id: ids[1], kind: 'TO_RAISE', text: PRIVATE, shareable: false, sharingWithdrawnAt: null, sharingWithdrawnBy: null, canWithdrawSharing: false },
        {
          id: ids[2],
          kind: 'HOW_TO_TAKE_PART',
          text: ALSO_SHARED,
          shareable: true,
          sharingWithdrawnAt: null,
          sharingWithdrawnBy: null,
          canWithdrawSharing: true,
        },
      ],
    });
    expect(await stored(ids[0])).toEqual([
      { shareable: true, sharing_withdrawn_at: new Date(WITHDRAWN_AT), sharing_withdrawn_by_user_id: fx.advocates[0]?.userId },
    ]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM child_views WHERE meeting_id = $1`, [meetingId])).toEqual([{ n: 3 }]);
    expect(await audited(ids[0])).toEqual([
      { actor_user_id: fx.advocates[0]?.userId, actor_role: 'ADVOCATE', entity: 'child', entity_id: childId, details: { meetingId, viewId: ids[0] } },
    ]);

    const after = await manager.request(MEETING, { id: meetingId });
    expect(after.data?.meeting.views).toEqual([
      {
        id: ids[2],
        kind: 'HOW_TO_TAKE_PART',
        text: ALSO_SHARED,
        shareable: true,
        sharingWithdrawnAt: null,
        sharingWithdrawnBy: null,
        canWithdrawSharing: false,
      },
    ]);
    expect(after.text).not.toContain('my brother');
  });

  it.each([
    ['an advocate of another provider', 'other-advocate', 'NOT_FOUND', "No child's view with that id for a child you can see."],
    ['the child’s former advocate', 'former-advocate', 'FORBIDDEN', 'Only the child’s current advocate can withdraw the sharing of their views.'],
    ['the LA manager', 'manager', 'FORBIDDEN', 'You do not have permission to do that.'],
    ['Commissioner staff', 'commissioner', 'FORBIDDEN', 'You do not have permission to do that.'],
  ] as const)('%s cannot withdraw it, and it stays shared', async (_who, who, code, message) => {
    const { manager, advocate, childId, ids } = await setup();
    let caller: GraphqlTestClient;
    if (who === 'other-advocate') {
      const other = await advocacyFixture(api, [{ cap: 1 }]);
      caller = await other.signIn(other.advocates[0]?.email ?? '');
    } else if (who === 'former-advocate') {
      await api.dataSource.query(`UPDATE assignments SET ended_on = '2025-01-20', end_reason = 'ADVOCATE_LEFT' WHERE child_id = $1 AND ended_on IS NULL`, [
        childId,
      ]);
      caller = advocate;
    } else if (who === 'manager') {
      caller = manager;
    } else {
      caller = api.client();
      await caller.login(DEMO.commissioner, DEMO.password);
    }
    expect(codes(await caller.request(WITHDRAW, { viewId: ids[0] }))).toEqual([[code, message]]);
    expect(await stored(ids[0])).toEqual([{ shareable: true, sharing_withdrawn_at: null, sharing_withdrawn_by_user_id: null }]);
    expect(await audited(ids[0])).toEqual([]);
  });

  it.each([
    ['not an id', 'not-a-view', 'BAD_USER_INPUT', 'Select one of the child’s views from the meeting.'],
    ['an id no view has', '00000000-0000-4000-8000-000000000000', 'NOT_FOUND', "No child's view with that id for a child you can see."],
  ])('a viewId that is %s is refused', async (_what, viewId, code, message) => {
    const { advocate } = await setup();
    const result = await advocate.request(WITHDRAW, { viewId });
    expect(codes(result)).toEqual([[code, message]]);
    expect(result.errors[0]?.extensions?.['field']).toBe(code === 'BAD_USER_INPUT' ? 'viewId' : undefined);
  });

  it('withdrawing twice, or a view that was never shared, is a CONFLICT that changes nothing', async () => {
    const { fx, advocate, ids } = await setup();
    at(WITHDRAWN_AT);
    expect((await advocate.request(WITHDRAW, { viewId: ids[0] })).errors).toEqual([]);
    at('2025-01-22T11:00:00.000Z');
    expect(codes(await advocate.request(WITHDRAW, { viewId: ids[0] }))).toEqual([
      ['CONFLICT', 'Sharing of this view was already withdrawn on 2025-01-21: the local authority no longer sees it.'],
    ]);
    expect(codes(await advocate.request(WITHDRAW, { viewId: ids[1] }))).toEqual([
      ['CONFLICT', 'This view was never shared with the local authority, so there is no sharing to withdraw.'],
    ]);
    expect(await stored(ids[0])).toEqual([
      { shareable: true, sharing_withdrawn_at: new Date(WITHDRAWN_AT), sharing_withdrawn_by_user_id: fx.advocates[0]?.userId },
    ]);
    expect(await stored(ids[1])).toEqual([{ shareable: false, sharing_withdrawn_at: null, sharing_withdrawn_by_user_id: null }]);
    expect(await audited(ids[0])).toHaveLength(1);
    expect(await audited(ids[1])).toEqual([]);
  });

  it('two withdrawals at the same moment: exactly one wins, the other is a CONFLICT', async () => {
    const { fx, advocate, ids } = await setup();
    const second = await fx.signIn(fx.advocates[0]?.email ?? '');
    at(WITHDRAWN_AT);
    // Hold the row so both requests reach their UPDATE and wait on it; then let them race.
    const holder = api.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    let results: Array<GraphqlResponse<{ withdrawChildViewSharing: { id: string } }>> = [];
    try {
      await holder.query(`SELECT id FROM child_views WHERE id = $1 FOR UPDATE`, [ids[0]]);
      const racing = Promise.all([advocate, second].map((client) => client.request(WITHDRAW, { viewId: ids[0] })));
      await waitFor(async () => {
        const [waiting] = (await api.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE child_views%'`,
        )) as Array<{ n: number }>;
        return waiting?.n === 2;
      });
      await holder.commitTransaction();
      results = await racing;
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    const outcomes = results.map((r) => (r.errors.length === 0 ? 'withdrawn' : `${r.errors[0]?.extensions?.code ?? ''}: ${r.errors[0]?.message ?? ''}`)).sort();
    expect(outcomes).toEqual(['CONFLICT: Sharing of this view was already withdrawn on 2025-01-21: the local authority no longer sees it.', 'withdrawn']);
    expect(await audited(ids[0])).toHaveLength(1);
    expect(await stored(ids[0])).toEqual([
      { shareable: true, sharing_withdrawn_at: new Date(WITHDRAWN_AT), sharing_withdrawn_by_user_id: fx.advocates[0]?.userId },
    ]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting for both withdrawals to reach their UPDATE');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
