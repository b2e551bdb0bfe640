import { type RecordTriggerEventInput, TestRecordLeftCareDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('automatic assignment on a trigger event', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('successful-trigger: a new child entering care gets an advocate and an offer due 5 working days later, in one transaction', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-04-16', newChild: newChild() },
    });
    expect(result.errors).toEqual([]);
    const recorded = result.data?.recordTriggerEvent;
    expect(recorded?.outcome).toBe('ASSIGNED');
    expect(recorded?.advocate?.id).toBe(fx.advocates[0]?.id);
    expect(recorded?.child.currentOffer).toMatchObject({
      dueOn: '2025-04-25',
      dueExplanation: '25 April 2025: 5 working days after 16 April 2025, skipping 18 Apr and 21 Apr',
      outcome: null,
    });
    const childId = recorded?.child.id;
    const [advocate] = await api.dataSource.query(`SELECT active_caseload FROM advocates WHERE id = $1`, [fx.advocates[0]?.id]);
    expect(advocate).toEqual({ active_caseload: 1 });
    const audit: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [childId]);
    expect(audit.map((a) => a.action)).toEqual(['child.created', 'trigger.recorded', 'assignment.created']);
    const episodes = await api.dataSource.query(`SELECT to_char(start_date, 'YYYY-MM-DD') AS start, end_date FROM care_episodes WHERE child_id = $1`, [
      childId,
    ]);
    expect(episodes).toEqual([{ start: '2025-04-16', end_date: null }]);
  });

  it('successful-trigger: a brother or sister gets their sibling’s advocate', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const first = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const firstAdvocate = first.data?.recordTriggerEvent.advocate?.id;
    const second = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ siblingOfChildId: first.data?.recordTriggerEvent.child.id }) },
    });
    expect(second.data?.recordTriggerEvent.advocate?.id).toBe(firstAdvocate);
    const [row] = await api.dataSource.query(`SELECT start_reason FROM assignments WHERE child_id = $1`, [second.data?.recordTriggerEvent.child.id]);
    expect(row).toEqual({ start_reason: 'SIBLING_ADVOCATE' });
  });

  it('successful-trigger: a child is matched with an advocate who speaks their first language', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5, languages: ['English', 'Polish'] }]);
    await api.dataSource.query(`UPDATE advocates SET active_caseload = 3, caseload_cap = 5 WHERE id = $1`, [fx.advocates[1]?.id]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ firstLanguage: 'Polish' }) },
    });
    expect(result.data?.recordTriggerEvent.advocate?.id).toBe(fx.advocates[1]?.id);
  });

  it('successful-trigger: never an advocate employed by the child’s LA', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5, employedByLa: true }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    expect(result.data?.recordTriggerEvent.outcome).toBe('QUEUED');
    expect(result.data?.recordTriggerEvent.child.status).toBe('AWAITING_ADVOCATE');
  });

  it('successful-trigger: a child who re-enters care gets their previous advocate back', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const first = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = first.data?.recordTriggerEvent.child.id;
    const previous = first.data?.recordTriggerEvent.advocate?.id;
    const left = await manager.request(TestRecordLeftCareDocument, { input: { childId: childId ?? '', leftOn: '2025-02-03' } });
    expect(left.errors).toEqual([]);
    const other = fx.advocates.find((a) => a.id !== previous);
    await api.dataSource.query(`UPDATE advocates SET active_caseload = 0 WHERE id = $1`, [other?.id]);
    await api.dataSource.query(`UPDATE advocates SET caseload_cap = 5, active_caseload = 4 WHERE id = $1`, [previous]);
    const again = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', childId } });
    expect(again.data?.recordTriggerEvent.advocate?.id).toBe(previous);
    const history = await api.dataSource.query(`SELECT start_reason, end_reason FROM assignments WHERE child_id = $1 ORDER BY created_at`, [childId]);
    expect(history).toEqual([
      { start_reason: 'LOWEST_CASELOAD', end_reason: 'LEFT_CARE' },
      { start_reason: 'PREVIOUS_ADVOCATE', end_reason: null },
    ]);
  });

  it('successful-trigger: a second trigger for an assigned child keeps the same advocate', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const first = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const again = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'FAMILY_GROUP_DECISION_MAKING', occurredOn: '2025-03-04', childId: first.data?.recordTriggerEvent.child.id },
    });
    expect(again.data?.recordTriggerEvent.outcome).toBe('ALREADY_ASSIGNED');
    const [count] = await api.dataSource.query(`SELECT count(*)::int AS n FROM assignments WHERE child_id = $1`, [first.data?.recordTriggerEvent.child.id]);
    expect(count).toEqual({ n: 1 });
  });

  it.each<[string, RecordTriggerEventInput, string, string]>([
    [
      'a date in the future',
      { kind: 'ENTERED_CARE', occurredOn: '2099-01-01', newChild: { laChildRef: 'F-1', givenName: 'A', familyName: 'B', dateOfBirth: '2014-01-01' } },
      'BAD_USER_INPUT',
      'Date of the event cannot be in the future',
    ],
    [
      'an impossible date',
      { kind: 'ENTERED_CARE', occurredOn: '2025-02-30', newChild: { laChildRef: 'F-2', givenName: 'A', familyName: 'B', dateOfBirth: '2014-01-01' } },
      'BAD_USER_INPUT',
      'Date of the event must be a real date',
    ],
    [
      'an unknown child',
      { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', childId: '00000000-0000-4000-8000-000000000000' },
      'NOT_FOUND',
      'No child with that id',
    ],
    [
      'neither child nor new child',
      { kind: 'ENTERED_CARE', occurredOn: '2025-03-03' },
      'BAD_USER_INPUT',
      'Choose one child: either a child already in Heard or a child new to Heard.',
    ],
    [
      'a badly formed date',
      { kind: 'ENTERED_CARE', occurredOn: '3 March', childId: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
      'Date of the event must be a real date in the form YYYY-MM-DD (you entered "3 March")',
    ],
  ])('failing-trigger: %s is refused with a clear error and nothing is written', async (_name, input, code, message) => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const before = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM children) AS c, (SELECT count(*) FROM trigger_events) AS t, (SELECT count(*) FROM assignments) AS a`,
    );
    const result = await manager.request(RECORD_TRIGGER, { input });
    expect(result.errors.map((e) => e.extensions?.code)).toEqual([code]);
    expect(result.errors[0]?.message).toContain(message);
    const after = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM children) AS c, (SELECT count(*) FROM trigger_events) AS t, (SELECT count(*) FROM assignments) AS a`,
    );
    expect(after).toEqual(before);
  });

  it('failing-trigger: a child of another LA cannot be used, and the existing reference is refused as a duplicate', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const otherManager = await other.signIn(other.managerEmail);
    const created = await otherManager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ laChildRef: 'DUP-1' }) },
    });
    const wrongLa = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', childId: created.data?.recordTriggerEvent.child.id },
    });
    expect(wrongLa.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const duplicate = await otherManager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ laChildRef: 'DUP-1' }) },
    });
    expect(duplicate.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['CONFLICT', 'A child with your LA reference "DUP-1" is already in Heard: record the event against that child.'],
    ]);
  });

  it('failing-trigger: only LA managers record trigger events', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const result = await advocate.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    expect(result.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
