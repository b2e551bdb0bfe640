import { HomeVisitsHomeDocument, HomeVisitsHomesDocument, HomeVisitsVisitDocument } from '@heard/graphql-types/testing';
import type { VisitReportInput } from '@heard/graphql-types/testing';
import { errorCodes, onDay } from '../../support/clock';
import { MissedVisitsJob } from '../../../src/modules/home-visits/missed-visits.job';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { RAISE, raiseInput } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, homeWorld, SAVE, SUBMIT } from '../../support/home-fixture';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const HOME = HomeVisitsHomeDocument;

describe("children's home visits", () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  async function visit(advocate: GraphqlTestClient, homeId: string, report: VisitReportInput) {
    const saved = await advocate.request(SAVE, { input: { homeId, report } });
    expect(saved.errors).toEqual([]);
    return advocate.request(SUBMIT, { id: saved.data?.saveHomeVisitDraft.id ?? '' });
  }

  it('is due every calendar month; months without a visit are flagged to the advocate and Commissioner staff once', async () => {
    const { fx, advocate, homeId } = await homeWorld(api);
    onDay(api, '2025-03-10');
    expect((await advocate.request(HOME, { id: homeId })).data?.home.schedule).toEqual({
      month: '2025-03',
      dueBy: '2025-03-31',
      visitedThisMonth: false,
      missedMonths: ['2025-02', '2025-01'],
    });
    expect((await visit(advocate, homeId, completeReport())).errors).toEqual([]);
    expect((await advocate.request(HOME, { id: homeId })).data?.home.schedule?.missedMonths).toEqual(['2025-01']);

    const job = api.app.get(MissedVisitsJob);
    await Promise.all([job.runOnce(), job.runOnce()]);
    const flagged: Array<{ email: string; message: string }> = await api.dataSource.query(
      `SELECT u.email, n.message FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'HOME_VISIT_MISSED' AND n.dedupe_key LIKE $1 ORDER BY u.email`,
      [`home-visit-missed:${homeId}:%`],
    );
    const name = ((await api.dataSource.query(`SELECT name FROM children_homes WHERE id = $1`, [homeId])) as Array<{ name: string }>)[0]?.name;
    // Every active Commissioner staff account is told (other suites sharing this database add some), besides the advocate.
    const commissioners = (
      (await api.dataSource.query(`SELECT email FROM users WHERE active AND role = 'COMMISSIONER_STAFF'`)) as Array<{ email: string }>
    ).map((u) => u.email);
    expect(commissioners).toContain(DEMO.commissioner);
    const message = `${name} was not visited in January 2025: a visit is due every calendar month.`;
    const byEmail = (x: { email: string }, y: { email: string }) => (x.email < y.email ? -1 : x.email > y.email ? 1 : 0);
    expect([...flagged].sort(byEmail)).toEqual([fx.advocates[0]?.email ?? '', ...commissioners].sort().map((email) => ({ email, message })));
  });

  it('an incomplete report is refused with one problem per missing item, each naming its field', async () => {
    const { advocate, homeId } = await homeWorld(api);
    onDay(api, '2025-03-10');
    const report = completeReport({
      announced: null,
      childrenSpokenTo: [{ name: 'Sam', spokeInPrivate: false, consentToSpeak: true, whatTheySaid: '', consentToShare: false, childId: null }],
      staffSpokenTo: '',
      recommendations: [{ what: 'Repair the lounge window', owner: '', dueOn: '2025-03-20', themes: ['SAFETY'] }],
    });
    const saved = await advocate.request(SAVE, { input: { homeId, report } });
    expect(saved.errors).toEqual([]);
    const refused = await advocate.request(SUBMIT, { id: saved.data?.saveHomeVisitDraft.id ?? '' });
    expect(refused.errors.map((e) => [e.message, e.extensions])).toEqual([
      [
        'The report cannot be submitted yet: 4 things are missing.',
        {
          code: 'BAD_USER_INPUT',
          field: 'announced',
          fields: [
            { field: 'announced', message: 'Say whether the visit was announced.' },
            { field: 'childrenSpokenTo.0.whatTheySaid', message: 'Child 1: enter what they said.' },
            { field: 'staffSpokenTo', message: 'Enter the staff you spoke to.' },
            { field: 'recommendations.0.owner', message: 'Recommendation 1: enter who owns it.' },
          ],
        },
      ],
    ]);
  });

  it('recommendations are followed up at the next visit: refused without it, carried over twice is drift, then done', async () => {
    const { advocate, homeId } = await homeWorld(api);
    onDay(api, '2025-03-10');
    const first = await visit(
      advocate,
      homeId,
      completeReport({ recommendations: [{ what: 'Repair the lounge window', owner: 'Registered manager', dueOn: '2025-03-14', themes: ['SAFETY'] }] }),
    );
    const recId = first.data?.submitHomeVisit.recommendations[0]?.id ?? '';

    const saved = await advocate.request(SAVE, { input: { homeId, report: completeReport({ visitOn: '2025-03-03' }) } });
    const draftId = saved.data?.saveHomeVisitDraft.id ?? '';
    const refused = await advocate.request(SUBMIT, { id: draftId });
    expect(refused.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'The report cannot be submitted yet: Follow up every open recommendation from earlier visits: done, not done or carried over.'],
    ]);
    expect(await api.dataSource.query(`SELECT status FROM home_visits WHERE id = $1`, [draftId])).toEqual([{ status: 'DRAFT' }]);
    await advocate.request(SAVE, {
      input: { homeId, report: completeReport({ visitOn: '2025-03-03', followUps: [{ recommendationId: recId, outcome: 'CARRIED_OVER', note: '' }] }) },
    });
    expect((await advocate.request(SUBMIT, { id: draftId })).errors[0]?.message).toBe(
      'The report cannot be submitted yet: Enter why the recommendation is carried over.',
    );
    await advocate.request(SAVE, {
      input: {
        homeId,
        report: completeReport({ visitOn: '2025-03-03', followUps: [{ recommendationId: recId, outcome: 'CARRIED_OVER', note: 'Glazier booked' }] }),
      },
    });
    expect((await advocate.request(SUBMIT, { id: draftId })).errors).toEqual([]);
    await visit(
      advocate,
      homeId,
      completeReport({ visitOn: '2025-03-07', followUps: [{ recommendationId: recId, outcome: 'CARRIED_OVER', note: 'Glazier cancelled' }] }),
    );
    expect((await advocate.request(HOME, { id: homeId })).data?.home.openRecommendationList).toEqual([
      { id: recId, what: 'Repair the lounge window', carryOvers: 2, drift: true, childId: null },
    ]);
    await visit(advocate, homeId, completeReport({ visitOn: '2025-03-10', followUps: [{ recommendationId: recId, outcome: 'DONE', note: '' }] }));
    expect((await advocate.request(HOME, { id: homeId })).data?.home.openRecommendationList).toEqual([]);
  });

  it("shares the report with the placing LA and the Commissioner, never a child's private words without consent", async () => {
    const { advocate, manager, childId, homeId } = await homeWorld(api);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const otherAdvocate = await other.signIn(other.advocates[0]?.email ?? '');
    onDay(api, '2025-03-10');
    const secret = 'A member of staff shouts at me at night';
    const submitted = await visit(
      advocate,
      homeId,
      completeReport({
        childrenSpokenTo: [
          { childId, name: 'Sam', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: secret, consentToShare: false },
          { childId: null, name: 'Older girl', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: 'I like my key worker', consentToShare: true },
        ],
        recommendations: [{ what: 'Review night staffing', owner: 'Registered manager', dueOn: '2025-04-10', themes: ['SAFETY'], childId }],
      }),
    );
    const visitId = submitted.data?.submitHomeVisit.id ?? '';
    const VISIT = HomeVisitsVisitDocument;
    const asAdvocate = await advocate.request(VISIT, { id: visitId });
    expect(asAdvocate.data?.homeVisit.childrenSpokenTo.map((c) => c.whatTheySaid)).toEqual([secret, 'I like my key worker']);
    for (const reader of [manager, commissioner]) {
      const shared = await reader.request(VISIT, { id: visitId });
      expect(shared.data).toEqual({
        homeVisit: {
          status: 'SUBMITTED',
          childrenSpokenToCount: 2,
          sharedVoices: ['I like my key worker'],
          childrenSpokenTo: [],
          recommendations: [{ what: 'Review night staffing', childId: null }],
        },
      });
      expect(shared.text).not.toContain(secret);
    }
    const emails: Array<{ to_address: string; body: string }> = await api.dataSource.query(
      `SELECT to_address, body FROM outbox_messages WHERE body LIKE '%' || (SELECT name FROM children_homes WHERE id = $1) || '%'`,
      [homeId],
    );
    expect(emails.length).toBeGreaterThanOrEqual(2);
    expect(emails.some((e) => e.body.includes(secret))).toBe(false);

    const homesOf = async (client: GraphqlTestClient) => (await client.request(HomeVisitsHomesDocument)).data?.homes.filter((h) => h.id === homeId);
    expect(await homesOf(manager)).toEqual([{ id: homeId }]);
    expect(await homesOf(commissioner)).toEqual([{ id: homeId }]);
    expect(await homesOf(otherManager)).toEqual([]);
    expect(errorCodes(await otherManager.request(VISIT, { id: visitId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherAdvocate.request(HOME, { id: homeId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await manager.request(SAVE, { input: { homeId, report: completeReport() } }))).toEqual(['FORBIDDEN']);
  });

  it('a recommendation about one child becomes a concern for that child in one step', async () => {
    const { advocate, childId, homeId } = await homeWorld(api);
    onDay(api, '2025-03-10');
    const submitted = await visit(
      advocate,
      homeId,
      completeReport({
        recommendations: [{ what: 'Let Sam phone her mum daily', owner: 'Registered manager', dueOn: '2025-04-10', themes: ['CONTACT_WITH_FAMILY'], childId }],
      }),
    );
    const recId = submitted.data?.submitHomeVisit.recommendations[0]?.id;
    const raised = await advocate.request(RAISE, { input: raiseInput(childId, { fromRecommendationId: recId }) });
    expect(raised.data?.raiseConcern.stage).toBe('INFORMAL');
    const again = await advocate.request(RAISE, { input: raiseInput(childId, { fromRecommendationId: recId }) });
    expect(again.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', 'A concern has already been raised about this recommendation.']]);
  });
});
