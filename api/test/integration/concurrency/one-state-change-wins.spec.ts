import { OneStateChangeWinsCurrentOfferDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { allocationTransitions } from '../../support/concurrency/allocation-transitions';
import { concernTransitions } from '../../support/concurrency/concern-transitions';
import { meetingTransitions } from '../../support/concurrency/meeting-transitions';
import { M, N, RaceWorld, today } from '../../support/concurrency/race-world';
import { completeReport, SAVE } from '../../support/home-fixture';
import { fireAtOnce, oneWinner, outcomes } from '../../support/parallel';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('parallel state changes: exactly one wins, the others get CONFLICT', () => {
  let api: TestApp;
  // Filled in beforeAll; the transitions are listed now, by name, and prepare their records when they run.
  const w = new RaceWorld();
  const { child, count, home, must, rows } = w;
  const transitions = [...meetingTransitions(w), ...concernTransitions(w), ...allocationTransitions(w)];

  beforeAll(async () => {
    api = await startTestApp();
    await w.init(api);
  });
  afterAll(() => api.close());

  it.each(transitions.map((t) => [t.name, t] as const))(`%s: one of ${N} parallel calls wins`, async (_name, transition) => {
    const prepared = await transition.prepare();
    const responses = await Promise.all(w.pools[transition.as].map(prepared.call));
    expect(outcomes(responses)).toEqual(oneWinner(N, prepared.conflict));
    const { action, entityId, details } = prepared.audit;
    const audited = await count(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND ($2 = '' OR entity_id::text = $2) AND ($3::text IS NULL OR details->>$3 = $4)`,
      [action, entityId, details?.[0] ?? null, details?.[1] ?? null],
    );
    expect(audited).toBe(1);
    expect(await prepared.state()).toEqual(prepared.expected);
  });

  it('saveHomeVisitDraft: parallel first saves make one draft (a save replaces the draft, so every save succeeds)', async () => {
    const { childId } = await child();
    const homeId = await home(childId);
    const responses = await fireAtOnce(w.pools.advocate, SAVE, { input: { homeId, report: completeReport() } });
    expect(outcomes(responses)).toEqual(Array.from({ length: N }, () => 'ok'));
    const drafts = await rows<{ id: string; status: string }>(`SELECT id, status FROM home_visits WHERE home_id = $1`, [homeId]);
    expect(drafts.map((d) => d.status)).toEqual(['DRAFT']);
    expect(new Set(responses.map((r) => (r.data as { saveHomeVisitDraft: { id: string } }).saveHomeVisitDraft.id))).toEqual(new Set([drafts[0]?.id]));
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'home_visit.draft_saved' AND entity_id = $1 AND details->>'visitId' = $2`, [
        homeId,
        drafts[0]?.id,
      ]),
    ).toBe(N);
  });

  it('report job claim: of parallel workers exactly one claims a queued job and stores one version', async () => {
    await rows(`UPDATE report_jobs SET status = 'FAILED', failure = 'Set aside by the concurrency test.' WHERE status IN ('QUEUED', 'RUNNING')`);
    const jobId = (await must('commissioner', M.generate, { year: 2017 })).generateAnnualReport.id;
    const jobs = w.jobs();
    const claimed = await Promise.all(Array.from({ length: N }, () => jobs.runOnce()));
    expect(claimed.sort()).toEqual([...Array.from({ length: N - 1 }, () => 0), 1]);
    expect(await rows(`SELECT status, attempts FROM report_jobs WHERE id = $1`, [jobId])).toEqual([{ status: 'DONE', attempts: 1 }]);
    expect(await count(`SELECT count(*)::int AS n FROM annual_reports WHERE year = 2017`, [])).toBe(1);
  });

  it('reassigning a child closes the old assignment’s open offer: the child has one open offer, from the new advocate', async () => {
    const two = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await two.signIn(two.managerEmail);
    const created = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
    const childId = created.data?.recordTriggerEvent.child.id ?? '';
    const oldOfferId = created.data?.recordTriggerEvent.child.currentOffer?.id ?? '';
    const target = two.advocates.find((a) => a.id !== created.data?.recordTriggerEvent.advocate?.id)?.id ?? '';
    await must('commissioner', M.reassign, { input: { childId, advocateId: target, reason: 'CONFLICT_OF_INTEREST', note: 'Knows the family' } });
    const offers = await rows<{
      id: string;
      reason: string;
      outcome: string | null;
      closed_on: string | null;
      closed_reason: string | null;
      advocate_id: string;
    }>(
      `SELECT o.id, o.reason, o.outcome, to_char(o.closed_on, 'YYYY-MM-DD') AS closed_on, o.closed_reason, a.advocate_id
         FROM offers o JOIN assignments a ON a.id = o.assignment_id WHERE o.child_id = $1 ORDER BY o.created_at`,
      [childId],
    );
    expect(offers.map(({ id: _id, ...rest }) => rest)).toEqual([
      { reason: 'INITIAL', outcome: null, closed_on: today, closed_reason: 'REASSIGNED', advocate_id: created.data?.recordTriggerEvent.advocate?.id },
      { reason: 'REASSIGNMENT', outcome: null, closed_on: null, closed_reason: null, advocate_id: target },
    ]);
    expect(offers[0]?.id).toBe(oldOfferId);
    const advocate = await two.signIn(two.advocates.find((a) => a.id === target)?.email ?? '');
    const seen = await advocate.request(OneStateChangeWinsCurrentOfferDocument, { id: childId });
    expect(seen.data?.child.currentOffer).toEqual({ id: offers[1]?.id, reason: 'REASSIGNMENT' });
  });
});
