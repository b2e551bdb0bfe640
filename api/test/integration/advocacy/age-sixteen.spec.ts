import { AgeSixteenOutcomeDocument } from '@heard/graphql-types/testing';
import { isoDateOf } from '@heard/domain';
import { AgeSixteenOffersService } from '../../../src/modules/offers/age-sixteen-offers.service';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

const OUTCOME = AgeSixteenOutcomeDocument;

function yearsAgo(years: number, plusDays = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return isoDateOf(d);
}

describe('a child who opted out is offered advocacy again at 16', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('creates one AGE_16 offer for an opted-out child who has turned 16, and none for a child still 15', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const ids: string[] = [];
    for (const dateOfBirth of [yearsAgo(16), yearsAgo(16, 1)]) {
      const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: yearsAgo(1), newChild: newChild({ dateOfBirth }) } });
      const recorded = result.data?.recordTriggerEvent;
      ids.push(recorded?.child.id ?? '');
      const out = await advocate.request(OUTCOME, {
        input: { offerId: recorded?.child.currentOffer?.id ?? '', outcome: 'OPTED_OUT', decidedOn: yearsAgo(1), childWords: 'Not now' },
      });
      expect(out.errors).toEqual([]);
    }
    const service = api.app.get(AgeSixteenOffersService);
    expect(await service.runOnce()).toBe(1);
    expect(await service.runOnce()).toBe(0);
    const offers = await api.dataSource.query(
      `SELECT child_id, reason, to_char(prompted_on, 'YYYY-MM-DD') AS prompted FROM offers WHERE child_id = ANY($1::uuid[]) AND reason = 'AGE_16'`,
      [ids],
    );
    expect(offers).toEqual([{ child_id: ids[0], reason: 'AGE_16', prompted: isoDateOf(new Date()) }]);
  });

  it('creates each offer once when two API processes run the job at the same moment', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn: yearsAgo(1), newChild: newChild({ dateOfBirth: yearsAgo(16) }) },
      });
      const recorded = result.data?.recordTriggerEvent;
      ids.push(recorded?.child.id ?? '');
      await advocate.request(OUTCOME, {
        input: { offerId: recorded?.child.currentOffer?.id ?? '', outcome: 'OPTED_OUT', decidedOn: yearsAgo(1), childWords: 'Not now' },
      });
    }
    const service = api.app.get(AgeSixteenOffersService);
    const created = await Promise.all([service.runOnce(), service.runOnce()]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(3);
    const [row] = await api.dataSource.query(`SELECT count(*)::int AS offers FROM offers WHERE child_id = ANY($1::uuid[]) AND reason = 'AGE_16'`, [ids]);
    expect(row).toEqual({ offers: 3 });
  });
});
