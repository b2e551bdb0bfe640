import {
  VisitChildrenShownOnlyToTheirAdvocatesHomeDocument,
  VisitChildrenShownOnlyToTheirAdvocatesSaveDraftDocument,
  VisitChildrenShownOnlyToTheirAdvocatesVisitDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, SAVE, sharedHomeWorld, SUBMIT, type SharedHomeWorld } from '../../support/home-fixture';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const SECRET = 'A member of staff shouts at me at night';
const OTHER_SECRET = 'I am scared of the boy in the next room';
const SHARED = 'I like my key worker';

const VISIT = VisitChildrenShownOnlyToTheirAdvocatesVisitDocument;
const HOME = VisitChildrenShownOnlyToTheirAdvocatesHomeDocument;

interface Spoken {
  childId: string | null;
  name: string;
  spokeInPrivate: boolean;
  consentToSpeak: boolean;
  whatTheySaid: string;
  consentToShare: boolean;
}

describe("a home visit shows each child only to the visiting advocate and that child's own advocate", () => {
  let api: TestApp;
  let world: SharedHomeWorld;
  let commissioner: GraphqlTestClient;
  let visitId: string;
  let childNames: string[];
  /** An advocate who represents no child in the home and wrote no report there. */
  let next: { advocateId: string; client: GraphqlTestClient };
  const sam = (childId: string): Spoken => ({ childId, name: 'Sam', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: SECRET, consentToShare: false });
  const jo = (childId: string): Spoken => ({
    childId,
    name: 'Jo',
    spokeInPrivate: true,
    consentToSpeak: true,
    whatTheySaid: OTHER_SECRET,
    consentToShare: false,
  });
  const olderGirl: Spoken = { childId: null, name: 'Older girl', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: SHARED, consentToShare: true };

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    world = await sharedHomeWorld(api);
    const nextFx = await advocacyFixture(api, [{ cap: 1 }]);
    next = { advocateId: nextFx.advocates[0]?.id ?? '', client: await nextFx.signIn(nextFx.advocates[0]?.email ?? '') };
    // Signed in before the clock moves: a token issued on the mocked day would already have expired.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-03-10T10:00:00Z'));
    const report = completeReport({
      childrenSpokenTo: [sam(world.childId), jo(world.otherChildId), olderGirl],
      recommendations: [
        { what: 'Review night staffing', owner: 'Registered manager', dueOn: '2025-04-10', themes: ['SAFETY'], childId: world.childId },
        { what: 'Move the bedroom of the boy next door', owner: 'Registered manager', dueOn: '2025-04-11', themes: ['SAFETY'], childId: world.otherChildId },
        { what: 'Repair the lounge window', owner: 'Registered manager', dueOn: '2025-04-12', themes: ['SAFETY'], childId: null },
      ],
    });
    const saved = await world.advocate.request(SAVE, { input: { homeId: world.homeId, report } });
    visitId = saved.data?.saveHomeVisitDraft.id ?? '';
    expect((await world.advocate.request(SUBMIT, { id: visitId })).errors).toEqual([]);
    const names: Array<{ given_name: string; family_name: string }> = await api.dataSource.query(
      `SELECT given_name, family_name FROM children WHERE id = ANY($1::uuid[])`,
      [[world.childId, world.otherChildId]],
    );
    childNames = names.flatMap((n) => [n.given_name, n.family_name]).filter((n) => n !== 'Test');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  /** The children a home or visit read showed, from its one audit event. */
  async function auditedChildren(response: GraphqlResponse<unknown>): Promise<string[]> {
    const rows: Array<{ child_id: string }> = await api.dataSource.query(
      `SELECT c::text AS child_id FROM audit_log a, unnest(a.child_ids) AS c WHERE a.request_id = $1 AND a.action IN ('home.read', 'home_visit.read') ORDER BY 1`,
      [response.headers.get('x-request-id')],
    );
    return rows.map((r) => r.child_id);
  }

  const recommendations = (a: string | null, b: string | null) => [
    { what: 'Review night staffing', childId: a },
    { what: 'Move the bedroom of the boy next door', childId: b },
    { what: 'Repair the lounge window', childId: null },
  ];

  it('the visiting advocate sees every child spoken to, their words and the children recommendations concern; all of them are audited', async () => {
    const visit = await world.advocate.request(VISIT, { id: visitId });
    expect(visit.data).toEqual({
      homeVisit: {
        status: 'SUBMITTED',
        childrenSpokenToCount: 3,
        sharedVoices: [SHARED],
        childrenSpokenTo: [sam(world.childId), jo(world.otherChildId), olderGirl],
        recommendations: recommendations(world.childId, world.otherChildId),
      },
    });
    expect(await auditedChildren(visit)).toEqual([world.childId, world.otherChildId].sort());

    const home = await world.advocate.request(HOME, { id: world.homeId });
    expect(home.data?.home).toEqual({
      myChildrenHere: [{ id: world.childId, name: expect.any(String) }],
      visits: [
        {
          status: 'SUBMITTED',
          childrenSpokenToCount: 3,
          recommendations: recommendations(world.childId, world.otherChildId),
          childrenSpokenTo: [
            { childId: world.childId, name: 'Sam', whatTheySaid: SECRET },
            { childId: world.otherChildId, name: 'Jo', whatTheySaid: OTHER_SECRET },
            { childId: null, name: 'Older girl', whatTheySaid: SHARED },
          ],
        },
      ],
      openRecommendationList: recommendations(world.childId, world.otherChildId),
    });
    expect(await auditedChildren(home)).toEqual([world.childId, world.otherChildId].sort());
  });

  it('another advocate whose child lives there sees only their own child and what they said, and counts for the rest', async () => {
    const visit = await world.otherAdvocate.request(VISIT, { id: visitId });
    expect(visit.data).toEqual({
      homeVisit: {
        status: 'SUBMITTED',
        childrenSpokenToCount: 3,
        sharedVoices: [SHARED],
        childrenSpokenTo: [jo(world.otherChildId)],
        recommendations: recommendations(null, world.otherChildId),
      },
    });
    for (const hidden of [world.childId, SECRET, 'Sam']) expect(visit.text).not.toContain(hidden);
    expect(await auditedChildren(visit)).toEqual([world.otherChildId]);

    const home = await world.otherAdvocate.request(HOME, { id: world.homeId });
    expect(home.data).toEqual({
      home: {
        myChildrenHere: [{ id: world.otherChildId, name: expect.any(String) }],
        visits: [
          {
            status: 'SUBMITTED',
            childrenSpokenToCount: 3,
            childrenSpokenTo: [{ childId: world.otherChildId, name: 'Jo', whatTheySaid: OTHER_SECRET }],
            recommendations: recommendations(null, world.otherChildId),
          },
        ],
        openRecommendationList: recommendations(null, world.otherChildId),
      },
    });
    for (const hidden of [world.childId, SECRET, 'Sam']) expect(home.text).not.toContain(hidden);
    expect(await auditedChildren(home)).toEqual([world.otherChildId]);
  });

  it.each([
    ['the placing LA manager', () => world.manager],
    ["the other child's placing LA manager", () => world.otherManager],
    ['Commissioner staff', () => commissioner],
  ])('%s sees the visit with counts only: no child named, no child id, no private words', async (_who, reader) => {
    const visit = await reader().request(VISIT, { id: visitId });
    expect(visit.data).toEqual({
      homeVisit: { status: 'SUBMITTED', childrenSpokenToCount: 3, sharedVoices: [SHARED], childrenSpokenTo: [], recommendations: recommendations(null, null) },
    });
    const home = await reader().request(HOME, { id: world.homeId });
    expect(home.data).toEqual({
      home: {
        myChildrenHere: [],
        visits: [{ status: 'SUBMITTED', childrenSpokenToCount: 3, childrenSpokenTo: [], recommendations: recommendations(null, null) }],
        openRecommendationList: recommendations(null, null),
      },
    });
    for (const response of [visit, home]) {
      for (const hidden of [world.childId, world.otherChildId, SECRET, OTHER_SECRET, 'Sam', 'Jo', ...childNames]) expect(response.text).not.toContain(hidden);
      expect(await auditedChildren(response)).toEqual([]);
    }
  });

  it("the provider's email and the notifications name no child", async () => {
    const [home] = (await api.dataSource.query(`SELECT name, provider_contact_email FROM children_homes WHERE id = $1`, [world.homeId])) as Array<{
      name: string;
      provider_contact_email: string;
    }>;
    const emails: Array<{ subject: string; body: string }> = await api.dataSource.query(`SELECT subject, body FROM outbox_messages WHERE to_address = $1`, [
      home?.provider_contact_email,
    ]);
    const message = `A visit report for ${home?.name ?? ''} (visit on 14 February 2025) was submitted, with 3 recommendation(s). The home and the placing local authorities answer them by 7 April 2025.`;
    expect(emails).toEqual([
      {
        subject: `Independent visit report: ${home?.name ?? ''}`,
        body: `${message}\n\nThe shared report (without children's private words unless they agreed) is available to you from Heard's advocacy service.`,
      },
    ]);
    const notified: Array<{ message: string }> = await api.dataSource.query(`SELECT DISTINCT message FROM notifications WHERE dedupe_key = $1`, [
      `home-visit:${visitId}`,
    ]);
    expect(notified).toEqual([{ message }]);
  });

  it("a draft is the visiting advocate's alone: another advocate cannot read it", async () => {
    const report = completeReport({ visitOn: '2025-03-07', childrenSpokenTo: [jo(world.otherChildId)], followUps: [] });
    const saved = await world.advocate.request(VisitChildrenShownOnlyToTheirAdvocatesSaveDraftDocument, { input: { homeId: world.homeId, report } });
    expect(saved.data?.saveHomeVisitDraft).toEqual({
      id: expect.any(String),
      status: 'DRAFT',
      childrenSpokenTo: [{ childId: world.otherChildId, whatTheySaid: OTHER_SECRET }],
    });
    const refused = await world.otherAdvocate.request(VISIT, { id: saved.data?.saveHomeVisitDraft.id ?? '' });
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const home = await world.otherAdvocate.request(HOME, { id: world.homeId });
    expect(home.data?.home.visits.map((v) => v.status)).toEqual(['SUBMITTED']);
  });

  it('an advocate who now visits the home but wrote no report and represents no child there sees earlier reports with counts only', async () => {
    await api.dataSource.query(`UPDATE children_homes SET responsible_advocate_id = $2 WHERE id = $1`, [world.homeId, next.advocateId]);
    try {
      const visit = await next.client.request(VISIT, { id: visitId });
      expect(visit.data).toEqual({
        homeVisit: {
          status: 'SUBMITTED',
          childrenSpokenToCount: 3,
          sharedVoices: [SHARED],
          childrenSpokenTo: [],
          recommendations: recommendations(null, null),
        },
      });
      const home = await next.client.request(HOME, { id: world.homeId });
      expect(home.data?.home.openRecommendationList).toEqual(recommendations(null, null));
      for (const response of [visit, home]) {
        for (const hidden of [world.childId, world.otherChildId, SECRET, OTHER_SECRET, 'Sam', 'Jo', ...childNames]) expect(response.text).not.toContain(hidden);
        expect(await auditedChildren(response)).toEqual([]);
      }
    } finally {
      await api.dataSource.query(`UPDATE children_homes SET responsible_advocate_id = $2 WHERE id = $1`, [world.homeId, world.fx.advocates[0]?.id]);
    }
  });
});
