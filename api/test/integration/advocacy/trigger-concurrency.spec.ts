import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { signedInClients } from '../../support/parallel';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Trigger events of one LA at once, over separate connections: the set-based engine skips an advocate another event is
 * placing a child with, rather than waiting on their row, yet never goes over a cap and never queues a child while
 * somebody still has room.
 */
describe('trigger events of one LA at once', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('20 events, 2 advocates of cap 5: exactly 10 assigned and 10 queued, nobody over cap, each event audited as one alone is', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const managers = await signedInClients(20, () => fx.signIn(fx.managerEmail));
    const results = await Promise.all(
      managers.map((manager, i) =>
        manager.request(RECORD_TRIGGER, {
          input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ laChildRef: `AT-ONCE-${i}` }) },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const outcomes = results.map((r) => r.data?.recordTriggerEvent.outcome);
    expect(outcomes.filter((o) => o === 'ASSIGNED')).toHaveLength(10);
    expect(outcomes.filter((o) => o === 'QUEUED')).toHaveLength(10);

    const caseloads = await api.dataSource.query(
      `SELECT a.caseload_cap AS cap, a.active_caseload AS load, count(s.id)::int AS actual
         FROM advocates a LEFT JOIN assignments s ON s.advocate_id = a.id AND s.ended_on IS NULL
        WHERE a.id = ANY($1::uuid[]) GROUP BY a.id ORDER BY a.id`,
      [fx.advocates.map((a) => a.id)],
    );
    expect(caseloads).toEqual([
      { cap: 5, load: 5, actual: 5 },
      { cap: 5, load: 5, actual: 5 },
    ]);

    const [rows] = await api.dataSource.query(
      `SELECT count(*)::int AS children,
              count(*) FILTER (WHERE (SELECT count(*) FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) = 1)::int AS assigned,
              count(*) FILTER (WHERE (SELECT count(*) FROM assignments s WHERE s.child_id = c.id) > 1)::int AS doubled,
              count(*) FILTER (WHERE (SELECT count(*) FROM awaiting_advocate q WHERE q.child_id = c.id AND q.resolved_at IS NULL) = 1)::int AS queued,
              count(*) FILTER (WHERE (SELECT count(*) FROM offers o WHERE o.child_id = c.id) = 1)::int AS with_offer,
              count(*) FILTER (WHERE (SELECT count(*) FROM trigger_events t WHERE t.child_id = c.id) = 1)::int AS with_event,
              count(*) FILTER (WHERE (SELECT count(*) FROM care_episodes e WHERE e.child_id = c.id AND e.end_date IS NULL) = 1)::int AS in_care
         FROM children c WHERE c.local_authority_id = $1`,
      [fx.laId],
    );
    expect(rows).toEqual({ children: 20, assigned: 10, doubled: 0, queued: 10, with_offer: 10, with_event: 20, in_care: 20 });

    // Per event, the three rows one event alone writes: created, recorded, then assigned (to the advocate it got) or queued.
    const audit: Array<{ ref: string; actions: string[]; advocate: string | null; reason: string | null; event_matches: boolean }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, array_agg(l.action ORDER BY l.id) AS actions,
                max(l.details->>'advocateId') AS advocate, max(l.details->>'reason') AS reason,
                bool_and(l.details->>'triggerEventId' IS NULL OR l.details->>'triggerEventId' = (SELECT t.id::text FROM trigger_events t WHERE t.child_id = c.id)) AS event_matches
           FROM children c JOIN audit_log l ON l.entity_id = c.id::text AND l.child_ids = ARRAY[c.id]
          WHERE c.local_authority_id = $1 GROUP BY c.id, c.la_child_ref ORDER BY c.la_child_ref`,
      [fx.laId],
    );
    const advocateOf = new Map(results.map((r, i) => [`AT-ONCE-${i}`, r.data?.recordTriggerEvent.advocate?.id ?? null]));
    expect(audit).toEqual(
      [...advocateOf.keys()].sort().map((ref) => {
        const advocate = advocateOf.get(ref) ?? null;
        return {
          ref,
          actions: ['child.created', 'trigger.recorded', advocate === null ? 'child.queued' : 'assignment.created'],
          advocate,
          reason: advocate === null ? 'NO_CAPACITY' : null,
          event_matches: true,
        };
      }),
    );
    const notifications = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = ANY($1::uuid[]) OR user_id IN (SELECT id FROM users WHERE local_authority_id = $2)`,
      [fx.advocates.map((a) => a.userId), fx.laId],
    );
    expect(notifications).toEqual([{ count: 0 }]);
  });
});
