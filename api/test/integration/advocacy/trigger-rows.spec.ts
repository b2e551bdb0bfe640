import type { RecordTriggerEventInput } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

type Row = Record<string, unknown>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every id becomes a label in order of first appearance (`#1`, `#2`…), so two runs compare exactly. */
function labeller(known: Record<string, string>): (value: unknown) => unknown {
  const labels = new Map(Object.entries(known));
  const label = (id: string): string => {
    const found = labels.get(id) ?? `#${labels.size + 1}`;
    labels.set(id, found);
    return found;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(UUID, label);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk;
}

/**
 * What recording trigger events writes, table by table, for a fresh LA: the rows of every table the mutation
 * touches (children, trigger_events, care_episodes, assignments, awaiting_advocate, offers, audit_log,
 * notifications, advocates' caseloads) and the mutation's answers. The snapshot was taken with the row-by-row
 * engine (before the set-based one) and must not change.
 */
describe('recording trigger events writes exactly these rows', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('assigned, sibling, lowest caseload, queued, already assigned, already waiting, then assigned', async () => {
    const fx = await advocacyFixture(api, [{ cap: 2, languages: ['English', 'Polish'] }, { cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const record = async (input: RecordTriggerEventInput) => {
      const result = await manager.request(RECORD_TRIGGER, { input });
      expect(result.errors).toEqual([]);
      return result.data?.recordTriggerEvent;
    };
    const a = await record({ kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ laChildRef: 'ROWS-A', givenName: 'A' }) });
    const b = await record({
      kind: 'ENTERED_CARE',
      occurredOn: '2025-03-04',
      newChild: newChild({ laChildRef: 'ROWS-B', givenName: 'B', siblingOfChildId: a?.child.id, legalStatus: 'c2', placementType: 'u1' }),
    });
    const c = await record({
      kind: 'ENTERED_CARE',
      occurredOn: '2025-03-05',
      newChild: newChild({ laChildRef: 'ROWS-C', givenName: 'C', firstLanguage: 'Polish' }),
    });
    const d = await record({ kind: 'FAMILY_GROUP_DECISION_MAKING', occurredOn: '2025-03-06', newChild: newChild({ laChildRef: 'ROWS-D', givenName: 'D' }) });
    const e = await record({ kind: 'CARE_PROCEEDINGS_STARTED', occurredOn: '2025-03-07', childId: a?.child.id });
    const f = await record({ kind: 'ENTERED_CARE', occurredOn: '2025-03-10', childId: d?.child.id });
    // A place frees outside the mutation (no queue drain): the waiting child's next event assigns them and resolves the wait.
    await api.dataSource.query(`UPDATE advocates SET caseload_cap = 2 WHERE id = $1`, [fx.advocates[1]?.id]);
    const g = await record({ kind: 'CARE_PROCEEDINGS_STARTED', occurredOn: '2025-03-11', childId: d?.child.id });

    const ids = { [fx.laId]: 'LA', [fx.providerId]: 'PROVIDER', [fx.advocates[0]?.id ?? '']: 'ADVOCATE-0', [fx.advocates[1]?.id ?? '']: 'ADVOCATE-1' };
    const tag = fx.managerEmail.replace(/^manager\.|@test\.heard$/g, '');
    const label = labeller(ids);
    const walk = (value: unknown): unknown => label(JSON.parse(JSON.stringify(value).replaceAll(tag, 'TAG')));
    const children = `(SELECT id FROM children WHERE local_authority_id = $1)`;
    const query = async (sql: string): Promise<Row[]> => (await api.dataSource.query(sql, [fx.laId])) as Row[];
    const tables = {
      answers: [a, b, c, d, e, f, g],
      children: await query(
        `SELECT id, la_child_ref, given_name, family_name, preferred_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, first_language, communication_needs,
                legal_status, placement_type, sibling_group_id, sex, ethnicity, uasc, disposed_at
           FROM children WHERE local_authority_id = $1 ORDER BY la_child_ref`,
      ),
      triggerEvents: await query(
        `SELECT t.child_id, t.kind, to_char(t.occurred_on, 'YYYY-MM-DD') AS occurred_on, t.recorded_by_user_id IS NOT NULL AS by_user
           FROM trigger_events t WHERE t.child_id IN ${children} ORDER BY t.recorded_at, t.occurred_on`,
      ),
      careEpisodes: await query(
        `SELECT child_id, to_char(start_date, 'YYYY-MM-DD') AS start, end_date, legal_status, placement_type, reason_new_episode, reason_ended
           FROM care_episodes WHERE child_id IN ${children} ORDER BY start_date`,
      ),
      assignments: await query(
        `SELECT id, child_id, advocate_id, to_char(started_on, 'YYYY-MM-DD') AS started_on, start_reason, ended_on, end_reason, end_note
           FROM assignments WHERE child_id IN ${children} ORDER BY started_on`,
      ),
      awaiting: await query(
        `SELECT child_id, local_authority_id, to_char(waiting_since, 'YYYY-MM-DD') AS since, reason, resolved_at IS NOT NULL AS resolved, assignment_id
           FROM awaiting_advocate WHERE child_id IN ${children} ORDER BY queued_at`,
      ),
      offers: await query(
        `SELECT id, child_id, assignment_id, reason, to_char(prompted_on, 'YYYY-MM-DD') AS prompted_on, to_char(due_on, 'YYYY-MM-DD') AS due_on,
                due_explanation, outcome, outcome_on, child_words, non_instructed_reason, outcome_recorded_by_user_id, closed_on, closed_reason
           FROM offers WHERE child_id IN ${children} ORDER BY prompted_on`,
      ),
      audit: await query(
        `SELECT actor_role, action, outcome, entity, entity_id, child_ids, operation, purpose, details
           FROM audit_log WHERE child_ids && ARRAY(SELECT id FROM children WHERE local_authority_id = $1) ORDER BY id`,
      ),
      notifications: await query(
        `SELECT n.user_id, n.kind, n.message, n.link FROM notifications n
           WHERE n.user_id IN (SELECT user_id FROM advocates WHERE advocacy_provider_id = (SELECT advocacy_provider_id FROM provider_coverage WHERE local_authority_id = $1))
              OR n.user_id IN (SELECT id FROM users WHERE local_authority_id = $1)
           ORDER BY n.created_at, n.kind`,
      ),
      caseloads: await query(
        `SELECT id, caseload_cap, active_caseload FROM advocates
          WHERE advocacy_provider_id = (SELECT advocacy_provider_id FROM provider_coverage WHERE local_authority_id = $1) ORDER BY caseload_cap DESC`,
      ),
    };
    expect(walk(tables)).toMatchSnapshot();
  });
});
