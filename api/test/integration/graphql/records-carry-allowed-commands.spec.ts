import {
  RecordsCommandsChildDocument,
  RecordsCommandsHomeDocument,
  RecordsCommandsLaChildrenDocument,
  RecordsCommandsMyChildrenDocument,
  RecordsCommandsOutcomeDocument,
  RecordsCommandsSaveDocument,
  RecordsCommandsSubmitDocument,
  RecordsCommandsVisitDocument,
} from '@heard/graphql-types/testing';
import { onDay } from '../../support/clock';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, homeWorld, type HomeWorld } from '../../support/home-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('records carry exactly the commands the caller may issue', () => {
  let api: TestApp;
  let world: HomeWorld;

  beforeAll(async () => {
    api = await startTestApp();
    world = await homeWorld(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  async function offerCommands(client: GraphqlTestClient) {
    const read = await client.request(RecordsCommandsChildDocument, { id: world.childId });
    expect(read.errors).toEqual([]);
    return read.data?.child;
  }

  async function listed(client: GraphqlTestClient, field: 'myChildren' | 'laChildren') {
    const children = field === 'myChildren' ? await client.request(RecordsCommandsMyChildrenDocument) : await client.request(RecordsCommandsLaChildrenDocument);
    expect(children.errors).toEqual([]);
    const rows = children.data == null ? [] : 'myChildren' in children.data ? children.data.myChildren : children.data.laChildren;
    return rows.find((c) => c.id === world.childId)?.currentOffer?.allowedCommands;
  }

  it("Offer: the child's current advocate records the answer, then the opt-back-in; the LA manager records neither", async () => {
    const { advocate, manager } = world;
    expect(await offerCommands(advocate)).toEqual({ currentOffer: { allowedCommands: ['RECORD_OUTCOME'] }, offers: [{ allowedCommands: ['RECORD_OUTCOME'] }] });
    expect(await listed(advocate, 'myChildren')).toEqual(['RECORD_OUTCOME']);
    expect(await offerCommands(manager)).toEqual({ currentOffer: { allowedCommands: [] }, offers: [{ allowedCommands: [] }] });
    expect(await listed(manager, 'laChildren')).toEqual([]);

    const offerId = ((await api.dataSource.query(`SELECT id FROM offers WHERE child_id = $1`, [world.childId])) as Array<{ id: string }>)[0]?.id ?? '';
    const out = await advocate.request(RecordsCommandsOutcomeDocument, {
      input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-01-08', childWords: 'Not right now' },
    });
    expect(out.errors).toEqual([]);
    expect(out.data?.recordOfferOutcome).toEqual({ currentOffer: { allowedCommands: ['OPT_BACK_IN'] }, offers: [{ allowedCommands: ['OPT_BACK_IN'] }] });
    expect(await listed(advocate, 'myChildren')).toEqual(['OPT_BACK_IN']);
    expect(await offerCommands(manager)).toEqual({ currentOffer: { allowedCommands: [] }, offers: [{ allowedCommands: [] }] });
    expect(await listed(manager, 'laChildren')).toEqual([]);
  });

  it('HomeVisit: the responsible advocate saves and submits their draft, then nothing more; the LA manager never', async () => {
    const { advocate, manager, homeId } = world;
    onDay(api, '2025-03-10');
    const home = (client: GraphqlTestClient) => client.request(RecordsCommandsHomeDocument, { id: homeId });
    expect((await home(advocate)).data?.home).toEqual({ allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'], visits: [] });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [] });

    const saved = await advocate.request(RecordsCommandsSaveDocument, { input: { homeId, report: completeReport() } });
    expect(saved.errors).toEqual([]);
    const visitId = saved.data?.saveHomeVisitDraft.id ?? '';
    expect(saved.data?.saveHomeVisitDraft).toEqual({ id: visitId, status: 'DRAFT', allowedCommands: ['SAVE_DRAFT', 'SUBMIT'] });
    expect((await advocate.request(RecordsCommandsVisitDocument, { id: visitId })).data?.homeVisit).toEqual({
      status: 'DRAFT',
      allowedCommands: ['SAVE_DRAFT', 'SUBMIT'],
    });
    expect((await home(advocate)).data?.home).toEqual({
      allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'],
      visits: [{ status: 'DRAFT', allowedCommands: ['SAVE_DRAFT', 'SUBMIT'] }],
    });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [] });

    const submitted = await advocate.request(RecordsCommandsSubmitDocument, { id: visitId });
    expect(submitted.errors).toEqual([]);
    expect(submitted.data?.submitHomeVisit).toEqual({ id: visitId, status: 'SUBMITTED', allowedCommands: [] });
    expect((await manager.request(RecordsCommandsVisitDocument, { id: visitId })).data?.homeVisit).toEqual({ status: 'SUBMITTED', allowedCommands: [] });
    // The next report is the advocate's to start; the submitted one takes no more commands from anyone.
    expect((await home(advocate)).data?.home).toEqual({
      allowedVisitCommands: ['SAVE_DRAFT', 'SUBMIT'],
      visits: [{ status: 'SUBMITTED', allowedCommands: [] }],
    });
    expect((await home(manager)).data?.home).toEqual({ allowedVisitCommands: [], visits: [{ status: 'SUBMITTED', allowedCommands: [] }] });
  });
});
