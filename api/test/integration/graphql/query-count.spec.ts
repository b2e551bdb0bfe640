import type { GeneratedDocument } from '../../support/graphql-client';
import {
  AllocationOverviewDocument,
  ChildDocument,
  ConcernsAwaitingResponseDocument,
  ConcernsForChildDocument,
  LaChildrenDocument,
  MyChildrenDocument,
  MyConcernsDocument,
  NotificationsDocument,
  OverdueMeetingsDocument,
} from '@heard/graphql-types';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, type AdvocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { RAISE, raiseInput } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

/**
 * No N+1: each of the portal's main lists costs the same number of SQL statements (session check,
 * reads, audit) whether it shows 2 items or 6. Counted at TypeORM's query logger, which sees every statement.
 */
describe('SQL statements per list do not grow with the list', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  let advocate: GraphqlTestClient;
  let commissioner: GraphqlTestClient;
  const childIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 20 }]);
    manager = await fx.signIn(fx.managerEmail);
    advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  /** Children enter care on 6 October 2025 and each gets a concern; "today" is 1 December 2025, so their first meetings are overdue. */
  async function growTo(total: number): Promise<void> {
    while (childIds.length < total) {
      const recorded = await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn: '2025-10-06', newChild: newChild({ dateOfBirth: '2012-04-01' }) },
      });
      const childId = recorded.data?.recordTriggerEvent.child.id ?? '';
      expect(recorded.data?.recordTriggerEvent.outcome).toBe('ASSIGNED');
      const raised = await advocate.request(RAISE, { input: raiseInput(childId) });
      expect(raised.errors).toEqual([]);
      childIds.push(childId);
    }
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-12-01T10:00:00Z'));
  }

  /** The SQL statements one request makes, and the length of the list it returns. */
  async function measure<R extends object, V>(
    client: GraphqlTestClient,
    operation: GeneratedDocument<R, V>,
    variables: V,
  ): Promise<{ statements: number; items: number }> {
    const logQuery = jest.spyOn(api.dataSource.logger, 'logQuery');
    try {
      const result = await client.execute(operation, variables);
      expect(result.errors).toEqual([]);
      const list = Object.values(result.data ?? {})[0];
      // The session's last activity is written at most every 30 seconds of wall time, whatever the list: on a
      // loaded machine that write can fall in either measurement, so it is not counted.
      const statements = logQuery.mock.calls.filter(([sql]) => !sql.startsWith('UPDATE sessions SET last_activity_at')).length;
      return { statements, items: Array.isArray(list) ? list.length : 1 };
    } finally {
      logQuery.mockRestore();
    }
  }

  async function measureAll(): Promise<Record<string, { statements: number; items: number }>> {
    return {
      'advocate MyChildren': await measure(advocate, MyChildrenDocument, {}),
      'advocate MyConcerns': await measure(advocate, MyConcernsDocument, {}),
      'advocate OverdueMeetings': await measure(advocate, OverdueMeetingsDocument, {}),
      'advocate Child': await measure(advocate, ChildDocument, { id: childIds[0] ?? '' }),
      'advocate ConcernsForChild': await measure(advocate, ConcernsForChildDocument, { childId: childIds[0] ?? '' }),
      'manager LaChildren': await measure(manager, LaChildrenDocument, {}),
      'manager ConcernsAwaitingResponse': await measure(manager, ConcernsAwaitingResponseDocument, {}),
      'manager OverdueMeetings': await measure(manager, OverdueMeetingsDocument, {}),
      'manager Notifications': await measure(manager, NotificationsDocument, { unreadOnly: false }),
      'commissioner AllocationOverview': await measure(commissioner, AllocationOverviewDocument, {}),
    };
  }

  it('counts the same statements for 2 children and concerns as for 6', async () => {
    await growTo(2);
    const small = await measureAll();
    await growTo(6);
    const large = await measureAll();

    for (const name of [
      'advocate MyChildren',
      'advocate MyConcerns',
      'advocate OverdueMeetings',
      'manager LaChildren',
      'manager ConcernsAwaitingResponse',
      'manager OverdueMeetings',
    ]) {
      expect([name, small[name]?.items, large[name]?.items]).toEqual([name, 2, 6]);
    }
    expect(large['manager Notifications']?.items).toBe((small['manager Notifications']?.items ?? 0) + 4);
    const statements = (m: Record<string, { statements: number }>) => Object.fromEntries(Object.entries(m).map(([name, v]) => [name, v.statements]));
    expect(statements(large)).toEqual(statements(small));
    // Session check, then the list's reads and the audit of the children shown (one statement for the child lists; BEGIN, reads, audit, COMMIT for the rest): the same for any length.
    expect(statements(small)).toEqual({
      'advocate MyChildren': 4,
      'advocate MyConcerns': 5,
      'advocate OverdueMeetings': 5,
      // The child's record: 13 since it reads the child's missing-from-care episodes too, 14 with the corrections beside its details (one read),
      // 20 with its retention (its own access check, date of death and legal hold, in a transaction): constant per child, not per list row.
      'advocate Child': 20,
      'advocate ConcernsForChild': 7,
      // The manager's list also shows each child's last heard: one more read, for the whole list.
      'manager LaChildren': 3,
      'manager ConcernsAwaitingResponse': 5,
      'manager OverdueMeetings': 5,
      'manager Notifications': 4,
      // Caseloads, then the awaiting queue read and audited in one transaction (BEGIN, read, audit, COMMIT).
      'commissioner AllocationOverview': 7,
    });
  });

  it('audits a list as one event naming every child it showed, in the same statement that reads them', async () => {
    const events = async (): Promise<Array<{ child_ids: string[]; operation: string; purpose: string }>> =>
      api.dataSource.query(
        `SELECT child_ids::text[] AS child_ids, operation, purpose FROM audit_log WHERE action = 'child.list' AND actor_user_id = $1 ORDER BY id`,
        [fx.advocates[0]?.userId],
      );
    const before = await events();
    const listed = await advocate.request(MyChildrenDocument);
    expect((listed.data?.myChildren ?? []).map((c) => c.id).sort()).toEqual([...childIds].sort());
    const added = (await events()).slice(before.length);
    expect(added.map((e) => ({ ...e, child_ids: [...e.child_ids].sort() }))).toEqual([
      { child_ids: [...childIds].sort(), operation: 'query myChildren', purpose: 'Advocacy for a child the advocate represents' },
    ]);
  });
});
