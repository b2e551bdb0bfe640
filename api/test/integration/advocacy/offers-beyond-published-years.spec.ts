import { onDay } from '../../support/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

/** GOV.UK has published bank holidays to 2027; later offers are dated by the usual rules. */
describe('offers dated after the published bank holidays', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [
      '2028-01-04',
      '2028-01-11',
      '11 January 2028: 5 working days after 4 January 2028, no bank holidays skipped (bank holidays after 2027 by the usual rules; not yet confirmed by the government)',
    ],
    [
      '2027-12-23',
      '2028-01-04',
      '4 January 2028: 5 working days after 23 December 2027, skipping 27 Dec, 28 Dec and 3 Jan (bank holidays after 2027 by the usual rules; not yet confirmed by the government)',
    ],
    ['2027-12-17', '2027-12-24', '24 December 2027: 5 working days after 17 December 2027, no bank holidays skipped'],
  ])('successful-trigger: a child entering care on %s is assigned, the offer due %s', async (day, dueOn, dueExplanation) => {
    onDay(api, day);
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: day, newChild: newChild() } });
    expect(result.errors).toEqual([]);
    expect(result.data?.recordTriggerEvent.outcome).toBe('ASSIGNED');
    expect(result.data?.recordTriggerEvent.advocate?.id).toBe(fx.advocates[0]?.id);
    expect(result.data?.recordTriggerEvent.child.currentOffer).toMatchObject({ dueOn, dueExplanation, outcome: null });
  });
});
