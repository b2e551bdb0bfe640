import { PartsChildViewsDocument, PartsFamilyViewDocument, PartsFamilyViewsDocument, PartsHoldDocument } from '@heard/graphql-types/testing';
import { advocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';
import { meetingSetup } from '../../support/meeting-parts-fixture';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => e.extensions?.code);

describe("parents' and carers' views", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const signIn = async (email: string): Promise<GraphqlTestClient> => {
    const client = api.client();
    await client.login(email, DEMO.password);
    return client;
  };

  /** Mum's view for the attendees (by the chair), Dad's kept for the LA (by the chair), the carer's (by the advocate, for the LA). */
  async function withViews() {
    const setup = await meetingSetup(api, false);
    const { manager, advocate, meetingId } = setup;
    const mum = await manager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'PARENT', name: 'Jo Smith', relationship: 'Mum', views: 'I want Mo home at weekends', visibility: 'ATTENDEES' },
    });
    expect(mum.errors).toEqual([]);
    await manager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'PARENT', name: 'Sam Smith', relationship: 'Dad', views: 'Please do not share my address', visibility: 'LA_ONLY' },
    });
    const carer = await advocate.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'CARER', name: 'Ann Lee', relationship: 'Foster carer', views: 'Mo is settling well', visibility: 'LA_ONLY' },
    });
    expect(carer.errors).toEqual([]);
    return setup;
  }

  const seen = (r: GraphqlResponse<{ meetingFamilyViews: { views: Array<{ relationship: string }> } }>) =>
    r.data?.meetingFamilyViews.views.map((v) => v.relationship);

  it("the LA's managers read every view; the child's advocate those for the attendees and their own", async () => {
    const { manager, advocate, meetingId, fx } = await withViews();
    const byManager = await manager.request(PartsFamilyViewsDocument, { meetingId });
    expect(byManager.data?.meetingFamilyViews).toEqual({
      meetingId,
      views: [
        {
          who: 'PARENT',
          name: 'Jo Smith',
          relationship: 'Mum',
          views: 'I want Mo home at weekends',
          visibility: 'ATTENDEES',
          recordedByName: byManager.data?.meetingFamilyViews.views[0]?.recordedByName,
        },
        {
          who: 'PARENT',
          name: 'Sam Smith',
          relationship: 'Dad',
          views: 'Please do not share my address',
          visibility: 'LA_ONLY',
          recordedByName: byManager.data?.meetingFamilyViews.views[0]?.recordedByName,
        },
        {
          who: 'CARER',
          name: 'Ann Lee',
          relationship: 'Foster carer',
          views: 'Mo is settling well',
          visibility: 'LA_ONLY',
          recordedByName: fx.advocates[0]?.name,
        },
      ],
      canRecord: true,
    });
    expect(seen(await advocate.request(PartsFamilyViewsDocument, { meetingId }))).toEqual(['Mum', 'Foster carer']);
  });

  it("another LA's manager and another child's advocate get NOT_FOUND; the Commissioner, admins and provider managers are FORBIDDEN", async () => {
    const { meetingId, fx } = await withViews();
    const elsewhere = await advocacyFixture(api, [{ cap: 5 }]);
    const otherManager = await elsewhere.signIn(elsewhere.managerEmail);
    const otherAdvocate = await elsewhere.signIn(elsewhere.advocates[0]?.email ?? '');
    expect(codes(await otherManager.request(PartsFamilyViewsDocument, { meetingId }))).toEqual(['NOT_FOUND']);
    expect(codes(await otherAdvocate.request(PartsFamilyViewsDocument, { meetingId }))).toEqual(['NOT_FOUND']);
    const providerManager = await fx.signIn(fx.providerManagerEmail);
    for (const client of [await signIn(DEMO.commissioner), await signIn(DEMO.admin), providerManager, api.client()]) {
      const read = await client.request(PartsFamilyViewsDocument, { meetingId });
      expect(read.data).toBeNull();
      expect(codes(read)[0]).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    const write = await otherManager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'OTHER_FAMILY', name: 'Gran', relationship: 'Grandmother', views: 'x', visibility: 'ATTENDEES' },
    });
    expect(codes(write)).toEqual(['NOT_FOUND']);
  });

  it("a former advocate may not record one; the child's views never include them", async () => {
    const { advocate, meetingId, childId } = await withViews();
    const views = await advocate.request(PartsChildViewsDocument, { id: meetingId });
    expect(views.errors).toEqual([]);
    expect(views.data?.meeting.views).toEqual([]);
    await api.dataSource.query(`UPDATE assignments SET ended_on = CURRENT_DATE, end_reason = 'ADVOCATE_LEFT' WHERE child_id = $1 AND ended_on IS NULL`, [
      childId,
    ]);
    const write = await advocate.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'CARER', name: 'Ann Lee', relationship: 'Foster carer', views: 'Later', visibility: 'ATTENDEES' },
    });
    expect(codes(write)).toEqual(['FORBIDDEN']);
    // Still one of the child's advocates, so they still read what was for the attendees and their own.
    const read = await advocate.request(PartsFamilyViewsDocument, { meetingId });
    expect(read.data?.meetingFamilyViews).toMatchObject({ canRecord: false });
    expect(seen(read)).toEqual(['Mum', 'Foster carer']);
  });

  it('refuses bad input naming the field, and a completed meeting as CONFLICT; reads and writes are audited', async () => {
    const { manager, meetingId, childId } = await withViews();
    const bad = await manager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'PARENT', name: 'Jo', relationship: ' ', views: 'x', visibility: 'ATTENDEES' },
    });
    expect(bad.errors.map((e) => [e.extensions?.code, e.extensions?.['field']])).toEqual([['BAD_USER_INPUT', 'relationship']]);
    await api.dataSource.query(`UPDATE meetings SET status = 'COMPLETED' WHERE id = $1`, [meetingId]);
    const late = await manager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'PARENT', name: 'Jo', relationship: 'Mum', views: 'Late', visibility: 'ATTENDEES' },
    });
    expect(late.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['CONFLICT', "The meeting is already completed: parents' and carers' views are recorded before or at the meeting."],
    ]);
    await manager.request(PartsFamilyViewsDocument, { meetingId });
    const audited = (await api.dataSource.query(
      `SELECT action, outcome FROM audit_log WHERE $1 = ANY(child_ids) AND (action LIKE 'meeting.family%' OR action LIKE 'meeting_family%') ORDER BY id`,
      [childId],
    )) as Array<{ action: string; outcome: string }>;
    // Each write returns what the writer may now read, so it is followed by an audited read.
    expect(audited.map((a) => a.action)).toEqual([
      'meeting.family_view_recorded',
      'meeting_family_views.read',
      'meeting.family_view_recorded',
      'meeting_family_views.read',
      'meeting.family_view_recorded',
      'meeting_family_views.read',
      'meeting_family_views.read',
    ]);
  });

  it('are recorded at a held meeting too', async () => {
    const { manager, meetingId } = await meetingSetup(api, false);
    await manager.request(PartsHoldDocument, { input: { meetingId, heldOn: '2025-01-30', attendees: ['Mo'], participationCode: 'PN1' } });
    const recorded = await manager.request(PartsFamilyViewDocument, {
      input: { meetingId, who: 'OTHER_FAMILY', name: 'Gran', relationship: 'Grandmother', views: 'Mo can stay with me', visibility: 'ATTENDEES' },
    });
    expect(recorded.data?.recordFamilyView.views.map((v) => v.views)).toEqual(['Mo can stay with me']);
  });
});
