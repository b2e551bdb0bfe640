import { RecordAccessHistoryChildDocument, RecordAccessHistoryReadDocument } from '@heard/graphql-types/testing';
import { londonDate, periodInWords, ukLongDate } from '@heard/domain';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field'] ?? null]);

interface Setup {
  fx: AdvocacyFixture;
  other: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
}

describe('who has seen my record', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 0 }]);
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName: 'Robin' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, other, manager, advocate, childId };
  }

  const history = (client: GraphqlTestClient, childId: string, period: { fromOn?: string; toOn?: string } = {}) =>
    client.request(RecordAccessHistoryReadDocument, { input: { childId, ...period } });

  it('lists exactly the accesses made, by organisation then person, newest first, refusals as refused', async () => {
    const { fx, other, manager, advocate, childId } = await setup();
    const auditedBefore = await api.dataSource.query(`SELECT action FROM audit_log WHERE child_ids @> ARRAY[$1::uuid] ORDER BY id`, [childId]);
    expect((await manager.request(RecordAccessHistoryChildDocument, { id: childId })).data?.child?.id).toBe(childId);
    const otherManager = await other.signIn(other.managerEmail);
    expect(codes(await otherManager.request(RecordAccessHistoryChildDocument, { id: childId }))).toEqual([['NOT_FOUND', null]]);
    await advocate.request(RecordAccessHistoryChildDocument, { id: childId });
    await advocate.request(RecordAccessHistoryChildDocument, { id: childId });

    const result = await history(advocate, childId);
    expect(result.errors).toEqual([]);
    const shown = result.data?.recordAccessHistory;
    const today = londonDate(new Date(shown?.organisations[0]?.people[0]?.accesses[0]?.at as string));
    const on = `on ${ukLongDate(today)}`;
    const advocateName = fx.advocates[0]?.name ?? '';
    const managerName = `Manager ${fx.managerEmail.split('.')[1]?.split('@')[0] ?? ''}`;
    const otherManagerName = `Manager ${other.managerEmail.split('.')[1]?.split('@')[0] ?? ''}`;
    const providerName = (await api.dataSource.query(`SELECT name FROM advocacy_providers WHERE id = $1`, [fx.providerId]))[0].name as string;
    const [laName, otherLaName] = await Promise.all(
      [fx.laId, other.laId].map(async (id) => (await api.dataSource.query(`SELECT name FROM local_authorities WHERE id = $1`, [id]))[0].name as string),
    );
    expect(auditedBefore).toEqual([{ action: 'child.created' }, { action: 'trigger.recorded' }, { action: 'assignment.created' }]);
    expect(shown?.childGivenName).toBe('Robin');
    expect(shown?.truncated).toBe(false);
    expect(shown?.total).toBe(7);
    expect(
      shown?.organisations.map((o) => ({
        kind: o.kind,
        name: o.name,
        people: o.people.map((p) => [p.name, p.summary, p.accesses.map((a) => [a.what, a.why, a.refused])]),
      })),
    ).toEqual([
      {
        kind: 'ADVOCACY_PROVIDER',
        name: providerName,
        people: [
          [
            advocateName,
            `${advocateName}, an advocate at ${providerName}, looked at your record twice ${on}.`,
            [
              ['looked at your record', 'to help you as your advocate', false],
              ['looked at your record', 'to help you as your advocate', false],
            ],
          ],
        ],
      },
      {
        kind: 'LOCAL_AUTHORITY',
        name: otherLaName,
        people: [
          [
            otherManagerName,
            `${otherManagerName}, a manager in ${otherLaName}'s children's services, tried once but was not allowed ${on}.`,
            [['tried to look at your record but was not allowed', 'they were not allowed to see it, so nothing was shown', true]],
          ],
        ],
      },
      {
        kind: 'LOCAL_AUTHORITY',
        name: laName,
        people: [
          [
            managerName,
            `${managerName}, a manager in ${laName}'s children's services, looked at your record once and changed it 3 times ${on}.`,
            [
              ['looked at your record', 'to plan your care', false],
              ['gave you an advocate', 'to plan your care', false],
              ['recorded that you came into care', 'to plan your care', false],
              ['started your record', 'to plan your care', false],
            ],
          ],
        ],
      },
    ]);
    expect(shown?.overview).toBe(
      `${periodInWords(shown?.fromOn ?? '', today).replace(/^b/, 'B')}, your record was seen or changed 7 times by 3 organisations.`,
    );
    expect(shown?.organisations[2]?.summary).toBe(`1 person from ${laName} saw or changed your record 4 times ${on}.`);
  });

  it('audits its own reading, which shows in the next reading', async () => {
    const { fx, advocate, childId } = await setup();
    const first = await history(advocate, childId);
    const rows = await api.dataSource.query(
      `SELECT actor_user_id, actor_role, outcome, entity, entity_id, child_ids, operation, purpose, details FROM audit_log WHERE action = 'record_access_history.read' AND child_ids @> ARRAY[$1::uuid]`,
      [childId],
    );
    expect(rows).toEqual([
      {
        actor_user_id: fx.advocates[0]?.userId,
        actor_role: 'ADVOCATE',
        outcome: 'ALLOWED',
        entity: 'child',
        entity_id: childId,
        child_ids: [childId],
        operation: 'query recordAccessHistory',
        purpose: 'Advocacy for a child the advocate represents',
        details: { fromOn: first.data?.recordAccessHistory.fromOn, toOn: first.data?.recordAccessHistory.toOn, events: first.data?.recordAccessHistory.total },
      },
    ]);
    const second = await history(advocate, childId);
    const mine = second.data?.recordAccessHistory.organisations.find((o) => o.kind === 'ADVOCACY_PROVIDER')?.people[0];
    expect(mine?.accesses.map((a) => [a.what, a.refused])).toEqual([['looked at this list of who has seen your record', false]]);
  });

  it('is for the child’s current advocate only: others are refused, and their attempts show as refused', async () => {
    const { fx, other, manager, advocate, childId } = await setup();
    const notAssigned = await fx.signIn(fx.advocates[1]?.email ?? '');
    const otherAdvocate = await other.signIn(other.advocates[0]?.email ?? '');
    const otherManager = await other.signIn(other.managerEmail);
    const providerManager = await fx.signIn(fx.providerManagerEmail);
    expect(codes(await history(notAssigned, childId))).toEqual([['NOT_FOUND', null]]);
    expect(codes(await history(otherAdvocate, childId))).toEqual([['NOT_FOUND', null]]);
    expect(codes(await history(manager, childId))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await history(otherManager, childId))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await history(providerManager, childId))).toEqual([['FORBIDDEN', null]]);
    const refused = await api.dataSource.query(
      `SELECT u.display_name AS name, a.outcome FROM audit_log a JOIN users u ON u.id = a.actor_user_id WHERE a.child_ids @> ARRAY[$1::uuid] AND a.action = 'access.refused' ORDER BY a.id`,
      [childId],
    );
    expect(refused.map((r: { name: string }) => r.name)).toEqual([
      fx.advocates[1]?.name,
      other.advocates[0]?.name,
      `Manager ${fx.managerEmail.split('.')[1]?.split('@')[0] ?? ''}`,
      `Manager ${other.managerEmail.split('.')[1]?.split('@')[0] ?? ''}`,
      `Provider manager ${fx.providerManagerEmail.split('.')[1]?.split('@')[0] ?? ''}`,
    ]);
    const shown = (await history(advocate, childId)).data?.recordAccessHistory;
    const refusedPeople = shown?.organisations.flatMap((o) =>
      o.people.filter((p) => p.accesses.some((a) => a.refused)).map((p) => [p.name, p.accesses.filter((a) => a.refused).length]),
    );
    expect(refusedPeople).toHaveLength(5);
    expect(new Set(refusedPeople?.map((p) => p[1]))).toEqual(new Set([1]));
  });

  it('covers the period asked for, and refuses a bad one naming the field', async () => {
    const { advocate, childId } = await setup();
    const past = (await history(advocate, childId, { fromOn: '2025-01-01', toOn: '2025-01-31' })).data?.recordAccessHistory;
    expect([past?.fromOn, past?.toOn, past?.total, past?.organisations, past?.overview]).toEqual([
      '2025-01-01',
      '2025-01-31',
      0,
      [],
      'Nobody saw or changed your record between 1 January and 31 January 2025.',
    ]);
    expect(codes(await history(advocate, childId, { toOn: '2199-01-01' }))).toEqual([['BAD_USER_INPUT', 'toOn']]);
    expect(codes(await history(advocate, childId, { fromOn: '2025-02-01', toOn: '2025-01-31' }))).toEqual([['BAD_USER_INPUT', 'fromOn']]);
    const impossible = await history(advocate, childId, { fromOn: '2025-02-30' });
    expect(impossible.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Start date must be a real date in the form YYYY-MM-DD (you entered "2025-02-30").'],
    ]);
  });
});
