import {
  OffersAndAccessChildDocument,
  OffersAndAccessOptInDocument,
  OffersAndAccessOutcomeDocument,
  OffersAndAccessPlacementChangeDocument,
  OffersAndAccessReassignDocument,
  type RecordOfferOutcomeInput,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const OUTCOME = OffersAndAccessOutcomeDocument;
const OPT_IN = OffersAndAccessOptInDocument;
const CHILD = OffersAndAccessChildDocument;

interface Setup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  offerId: string;
}

describe('active offers, opting out and back in, access to a child', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const recorded = result.data?.recordTriggerEvent;
    const email = fx.advocates.find((a) => a.id === recorded?.advocate?.id)?.email ?? '';
    return { fx, manager, advocate: await fx.signIn(email), childId: recorded?.child.id ?? '', offerId: recorded?.child.currentOffer?.id ?? '' };
  }

  it('successful-opt-out: records the child’s own words, keeps the history, and the child can opt back in', async () => {
    const { advocate, childId, offerId } = await setup();
    const out = await advocate.request(OUTCOME, {
      input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-05', childWords: '  I don’t want one right now  ' },
    });
    expect(out.errors).toEqual([]);
    expect(out.data?.recordOfferOutcome.status).toBe('OPTED_OUT');
    expect(out.data?.recordOfferOutcome.offers).toEqual([
      { reason: 'INITIAL', outcome: 'OPTED_OUT', childWords: 'I don’t want one right now', dueOn: '2025-03-10' },
    ]);
    const back = await advocate.request(OPT_IN, { input: { childId, decidedOn: '2025-04-01' } });
    expect(back.data?.recordOptBackIn).toEqual({ status: 'ACCEPTED', decisions: [{ kind: 'OPTED_BACK_IN' }, { kind: 'OPTED_OUT' }] });
  });

  it('failing-opt-out: without the child’s words nothing is recorded', async () => {
    const { advocate, childId, offerId } = await setup();
    const out = await advocate.request(OUTCOME, { input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-05', childWords: '   ' } });
    expect(out.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', "Enter the child's own words about opting out."]]);
    const rows = await api.dataSource.query(`SELECT outcome FROM offers WHERE child_id = $1`, [childId]);
    expect(rows).toEqual([{ outcome: null }]);
  });

  it.each<[string, Omit<RecordOfferOutcomeInput, 'offerId'>, string]>([
    ['a future date', { outcome: 'ACCEPTED', decidedOn: '2099-01-01' }, 'BAD_USER_INPUT'],
    ['a date before the offer', { outcome: 'ACCEPTED', decidedOn: '2025-03-01' }, 'BAD_USER_INPUT'],
    ['non-instructed without a reason', { outcome: 'NON_INSTRUCTED', decidedOn: '2025-03-05' }, 'BAD_USER_INPUT'],
  ])('failing-outcome: %s is refused', async (_name, fields, code) => {
    const { advocate, offerId } = await setup();
    const out = await advocate.request(OUTCOME, { input: { offerId, ...fields } });
    expect(out.errors.map((e) => e.extensions?.code)).toEqual([code]);
  });

  it('failing-outcome: an offer cannot be answered twice, and only the child’s current advocate may answer', async () => {
    const { fx, advocate, offerId } = await setup();
    expect((await advocate.request(OUTCOME, { input: { offerId, outcome: 'ACCEPTED', decidedOn: '2025-03-05' } })).errors).toEqual([]);
    const again = await advocate.request(OUTCOME, { input: { offerId, outcome: 'ACCEPTED', decidedOn: '2025-03-06' } });
    expect(again.errors.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    // Advocates of the first fixture are strangers to a child of the second.
    const stranger = await fx.signIn(fx.advocates[0]?.email ?? '');
    const other = await setup();
    const refused = await stranger.request(OUTCOME, { input: { offerId: other.offerId, outcome: 'ACCEPTED', decidedOn: '2025-03-05' } });
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('opting out is never final: a placement change and the start of court proceedings each bring a new offer', async () => {
    const { manager, advocate, childId, offerId } = await setup();
    await advocate.request(OUTCOME, { input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-05', childWords: 'No thanks' } });
    const moved = await manager.request(OffersAndAccessPlacementChangeDocument, {
      input: { childId, changedOn: '2025-05-02', placementType: 'U3' },
    });
    expect(moved.errors).toEqual([]);
    const child = await advocate.request(CHILD, { id: childId });
    expect(child.data?.child.offers).toEqual([
      { reason: 'PLACEMENT_CHANGE', outcome: null, dueOn: '2025-05-12' },
      { reason: 'INITIAL', outcome: 'OPTED_OUT', dueOn: '2025-03-10' },
    ]);
    const second = child.data?.child.offers[0]
      ? (await api.dataSource.query(`SELECT id FROM offers WHERE child_id = $1 AND outcome IS NULL`, [childId]))[0].id
      : '';
    await advocate.request(OUTCOME, { input: { offerId: second, outcome: 'OPTED_OUT', decidedOn: '2025-05-06', childWords: 'Still no' } });
    await manager.request(RECORD_TRIGGER, { input: { kind: 'CARE_PROCEEDINGS_STARTED', occurredOn: '2025-06-02', childId } });
    const after = await advocate.request(CHILD, { id: childId });
    expect(after.data?.child.offers.map((o) => o.reason)).toEqual(['COURT_PROCEEDINGS', 'PLACEMENT_CHANGE', 'INITIAL']);
  });

  it('access: an advocate sees only children assigned to them, an LA manager only their LA’s, Commissioner staff no case content; reads are audited', async () => {
    const { manager, advocate, childId } = await setup();
    const own = await advocate.request(CHILD, { id: childId }, { 'x-request-id': `read-${childId}` });
    expect(own.data?.child.id).toBe(childId);
    const audit = await api.dataSource.query(`SELECT action, actor_role FROM audit_log WHERE request_id = $1`, [`read-${childId}`]);
    expect(audit).toEqual([{ action: 'child.read', actor_role: 'ADVOCATE' }]);
    const demoAdvocate = api.client();
    await demoAdvocate.login(DEMO.advocate, DEMO.password);
    expect((await demoAdvocate.request(CHILD, { id: childId })).errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const demoManager = api.client();
    await demoManager.login(DEMO.manager, DEMO.password);
    expect((await demoManager.request(CHILD, { id: childId })).errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await manager.request(CHILD, { id: childId })).data?.child.id).toBe(childId);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    expect((await commissioner.request(CHILD, { id: childId })).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('reassignment by Commissioner staff keeps every advocate in the child’s history and makes a new offer', async () => {
    const { fx, manager, childId } = await setup();
    const current: Array<{ advocate_id: string }> = await api.dataSource.query(`SELECT advocate_id FROM assignments WHERE child_id = $1`, [childId]);
    const target = fx.advocates.find((a) => a.id !== current[0]?.advocate_id);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const moved = await commissioner.request(OffersAndAccessReassignDocument, {
      input: { childId, advocateId: target?.id ?? '', reason: 'CONFLICT_OF_INTEREST', note: 'Knows the family' },
    });
    expect(moved.data?.reassignChild.advocateName).toBe(target?.name);
    const child = await manager.request(CHILD, { id: childId });
    expect(child.data?.child.assignments).toEqual([
      { advocate: { id: target?.id }, startReason: 'REASSIGNED', endReason: null, endNote: null },
      { advocate: { id: current[0]?.advocate_id }, startReason: 'LOWEST_CASELOAD', endReason: 'CONFLICT_OF_INTEREST', endNote: 'Knows the family' },
    ]);
    expect(child.data?.child.offers.map((o) => o.reason)).toEqual(['REASSIGNMENT', 'INITIAL']);
    const loads = await api.dataSource.query(`SELECT id, active_caseload FROM advocates WHERE advocacy_provider_id = $1 ORDER BY id`, [fx.providerId]);
    expect(loads.map((l: { active_caseload: number }) => l.active_caseload).sort()).toEqual([0, 1]);
  });
});
