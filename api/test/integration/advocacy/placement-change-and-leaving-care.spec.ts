import {
  CareEventsChildDocument,
  CareEventsLeftCareDocument,
  CareEventsOutcomeDocument,
  CareEventsPlacementChangeDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlResponse } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const refusals = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field'] ?? null, e.message]);

describe("an LA manager records a change of placement and leaving care from the child's record", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function setup() {
    const fx = await advocacyFixture(api, [{ cap: 2 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const recorded = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const child = recorded.data?.recordTriggerEvent.child;
    return { manager, advocate, childId: child?.id ?? '', offerId: child?.currentOffer?.id ?? '' };
  }

  it("offers exactly the commands the child's care allows, to their LA's managers only", async () => {
    const { manager, advocate, childId } = await setup();
    expect((await manager.request(CareEventsChildDocument, { id: childId })).data?.child.allowedCommands).toEqual([
      'RECORD_PLACEMENT_CHANGE',
      'RECORD_LEFT_CARE',
    ]);
    expect((await advocate.request(CareEventsChildDocument, { id: childId })).data?.child.allowedCommands).toEqual([]);
  });

  it('says whether a change of placement offered advocacy again: only to a child who had opted out', async () => {
    const { manager, advocate, childId, offerId } = await setup();
    const settled = await manager.request(CareEventsPlacementChangeDocument, { input: { childId, changedOn: '2025-03-10', placementType: 'U4' } });
    expect(settled.data?.recordPlacementChange).toEqual({ offeredAgain: false, advocacyEndedOn: null, child: { status: 'OFFER_OVERDUE' } });
    await advocate.request(CareEventsOutcomeDocument, { input: { offerId, outcome: 'OPTED_OUT', decidedOn: '2025-03-11', childWords: 'Not now' } });
    const moved = await manager.request(CareEventsPlacementChangeDocument, { input: { childId, changedOn: '2025-04-01', placementType: 'u3' } });
    expect(moved.data?.recordPlacementChange).toEqual({ offeredAgain: true, advocacyEndedOn: null, child: { status: 'OFFER_OVERDUE' } });
  });

  it('leaving care ends advocacy on that day; afterwards neither can be recorded, and the API says why', async () => {
    const { manager, childId } = await setup();
    const left = await manager.request(CareEventsLeftCareDocument, { input: { childId, leftOn: '2025-06-02', reasonEnded: 'E13' } });
    expect(left.data?.recordLeftCare).toEqual({ offeredAgain: false, advocacyEndedOn: '2025-06-02', child: { status: 'NOT_IN_CARE' } });
    expect((await manager.request(CareEventsChildDocument, { id: childId })).data?.child).toEqual({ status: 'NOT_IN_CARE', allowedCommands: [] });
    expect(refusals(await manager.request(CareEventsLeftCareDocument, { input: { childId, leftOn: '2025-06-03' } }))).toEqual([
      ['CONFLICT', 'childId', 'This child has no open period of care to end.'],
    ]);
    expect(refusals(await manager.request(CareEventsPlacementChangeDocument, { input: { childId, changedOn: '2025-06-03', placementType: 'U4' } }))).toEqual([
      ['CONFLICT', 'childId', 'This child is not in care, so there is no placement to change.'],
    ]);
  });

  it('refuses a leaving date before the period of care began, under that field', async () => {
    const { manager, childId } = await setup();
    const refused = await manager.request(CareEventsLeftCareDocument, { input: { childId, leftOn: '2025-03-01' } });
    expect(refusals(refused).map(([code, field]) => [code, field])).toEqual([['BAD_USER_INPUT', 'leftOn']]);
  });
});
