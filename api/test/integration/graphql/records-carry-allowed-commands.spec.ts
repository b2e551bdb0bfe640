import { Clock } from '../../../src/common/clock';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, homeWorld, type HomeWorld } from '../../support/home-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

interface OfferCommands {
  currentOffer: { allowedCommands: string[] } | null;
  offers: Array<{ allowedCommands: string[] }>;
}
const CHILD = `query($id: ID!) { child(id: $id) { currentOffer { allowedCommands } offers { allowedCommands } } }`;
const MY_CHILDREN = `{ myChildren { id currentOffer { allowedCommands } } }`;
const LA_CHILDREN = `{ laChildren { id currentOffer { allowedCommands } } }`;
const OUTCOME = `mutation($input: RecordOfferOutcomeInput!) { recordOfferOutcome(input: $input) { currentOffer { allowedCommands } offers { allowedCommands } } }`;

const HOME = `query($id: ID!) { home(id: $id) { allowedVisitCommands visits { status allowedCommands } } }`;
const VISIT = `query($id: ID!) { homeVisit(id: $id) { status allowedCommands } }`;
const SAVE = `mutation($input: SaveVisitDraftInput!) { saveHomeVisitDraft(input: $input) { id status allowedCommands } }`;
const SUBMIT = `mutation($id: ID!) { submitHomeVisit(id: $id) { id status allowedCommands } }`;

interface VisitCommands {
  id: string;
  status: string;
  allowedCommands: string[];
}

describe('records carry exactly the commands the caller may issue', () => {
  let api: TestApp;
  let world: HomeWorld;

  beforeAll(async () => {
    api = await startTestApp();
    world = await homeWorld(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const onDay = (iso: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(`${iso}T10:00:00Z`));

  async function offerCommands(client: GraphqlTestClient): Promise<OfferCommands | undefined> {
    const read = await client.request<{ child: OfferCommands }>(CHILD, { id: world.childId });
    expect(read.errors).toEqual([]);
    return read.data?.child;
  }

  async function listed(client: GraphqlTestClient, query: string, field: 'myChildren' | 'laChildren'): Promise<string[] | undefined> {
    const read = await client.request<Record<typeof field, Array<{ id: string; currentOffer: { allowedCommands: string[] } | null }>>>(query);
    expect(read.errors).toEqual([]);
    return read.data?.[field].find((c) => c.id === world.childId)?.currentOffer?.allowedCommands;
  }

  it("Offer: the child's current advocate records the answer, then the opt-back-in; the LA manager records neither", async () => {
    const { advocate, manager } = world;
    expect(await offerCommands(advocate)).toEqual({ currentOffer: { allowedCommands: ['RECORD_OUTCOME'] }, offers: [{ allowedCommands: ['RECORD_OUTCOME'] }] });
    expect(await listed(advocate, MY_CHILDREN, 'myChildren')).toEqual(['RECORD_OUTCOME']);
    expect(await offerCommands(manager)).toEqual({ currentOffer: { allowedCommands: [] }, offers: [{ allowedCommands: [] }] });
    expect(await listed(manager, LA_CHILDREN, 'laChildren')).toEqual([]);

    const offerId = ((await api.dataSource.query(`SELECT id FROM offers WHERE child_id = $1`, [world.childId])) as Array<{ id: string }>)[0]?.id;
    const out = await advocate.request<{ recordOfferOutcome: OfferCommands }>(OUTCOME, {
      input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-01-08', childWords: 'Not right now' },
    });
    expect(out.errors).toEqual([]);
    expect(out.data?.recordOfferOutcome).toEqual({ currentOffer: { allowedCommands: ['OPT_BACK_IN'] }, offers: [{ allowedCommands: ['OPT_BACK_IN'] }] });
    expect(await listed(advocate, MY_CHILDREN, 'myChildren')).toEqual(['OPT_BACK_IN']);
    expect(await offerCommands(manager)).toEqual({ currentOffer: { allowedCommands: [] }, offers: [{ allowedCommands: [] }] });
    expect(await listed(manager, LA_CHILDREN, 'laChildren')).toEqual([]);
  });

  it('HomeVisit: the responsible advocate saves and submits their draft, then nothing more; the LA manager never', async () => {
    const { advocate, manager, homeId } = world;
    onDay('2025-03-10');
    const home = (client: GraphqlTestClient) => client.request<{ home: { allowedVisitCommands: string[]; visits: Array<{ status: string; allowedCommands: string[] }> } }>(HOME, { id: homeId });
    expect((await home(advocate)).data?.home).toEqual({ allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'], visits: [] });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [] });

    const saved = await advocate.request<{ saveHomeVisitDraft: VisitCommands }>(SAVE, { input: { homeId, report: completeReport() } });
    expect(saved.errors).toEqual([]);
    const visitId = saved.data?.saveHomeVisitDraft.id ?? '';
    expect(saved.data?.saveHomeVisitDraft).toEqual({ id: visitId, status: 'DRAFT', allowedCommands: ['SAVE_DRAFT', 'SUBMIT'] });
    expect((await advocate.request<{ homeVisit: Omit<VisitCommands, 'id'> }>(VISIT, { id: visitId })).data?.homeVisit).toEqual({ status: 'DRAFT', allowedCommands: ['SAVE_DRAFT', 'SUBMIT'] });
    expect((await home(advocate)).data?.home).toEqual({ allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'], visits: [{ status: 'DRAFT', allowedCommands: ['SAVE_DRAFT', 'SUBMIT'] }] });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [] });

    const submitted = await advocate.request<{ submitHomeVisit: VisitCommands }>(SUBMIT, { id: visitId });
    expect(submitted.errors).toEqual([]);
    expect(submitted.data?.submitHomeVisit).toEqual({ id: visitId, status: 'SUBMITTED', allowedCommands: [] });
    expect((await manager.request<{ homeVisit: Omit<VisitCommands, 'id'> }>(VISIT, { id: visitId })).data?.homeVisit).toEqual({ status: 'SUBMITTED', allowedCommands: [] });
    // The next report is the advocate's to start; the submitted one takes no more commands from anyone.
    expect((await home(advocate)).data?.home).toEqual({ allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'], visits: [{ status: 'SUBMITTED', allowedCommands: [] }] });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [{ status: 'SUBMITTED', allowedCommands: [] }] });
  });
});
