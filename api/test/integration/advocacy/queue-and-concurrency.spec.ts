import {
  QueueAndConcurrencyAwaitingDocument,
  QueueAndConcurrencyCreateAdvocateDocument,
  QueueAndConcurrencyProvidersDocument,
  QueueAndConcurrencySetCapDocument,
  TestRecordLeftCareDocument,
} from '@heard/graphql-types/testing';
import { createEnglandAndWalesCalendar, isoDateOf } from '@heard/domain';
import { Client } from 'pg';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const AWAITING = QueueAndConcurrencyAwaitingDocument;

describe('awaiting-advocate queue and the invariants under concurrency', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('20+ trigger events at once over separate connections never put an advocate over cap or give a child two advocates', async () => {
    const fx = await advocacyFixture(api, [{ cap: 3 }, { cap: 4 }, { cap: 2 }]);
    const managers = await Promise.all(Array.from({ length: 24 }, () => fx.signIn(fx.managerEmail)));
    const results = await Promise.all(
      managers.map((manager, i) =>
        manager.request(RECORD_TRIGGER, {
          input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ laChildRef: `C-${i}-${Date.now()}` }) },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const outcomes = results.map((r) => r.data?.recordTriggerEvent.outcome);
    expect(outcomes.filter((o) => o === 'ASSIGNED')).toHaveLength(9);
    expect(outcomes.filter((o) => o === 'QUEUED')).toHaveLength(15);
    const caseloads = await api.dataSource.query(
      `SELECT a.caseload_cap AS cap, a.active_caseload AS load,
              (SELECT count(*)::int FROM assignments s WHERE s.advocate_id = a.id AND s.ended_on IS NULL) AS actual
         FROM advocates a WHERE a.advocacy_provider_id = $1 ORDER BY a.caseload_cap`,
      [fx.providerId],
    );
    expect(caseloads).toEqual([
      { cap: 2, load: 2, actual: 2 },
      { cap: 3, load: 3, actual: 3 },
      { cap: 4, load: 4, actual: 4 },
    ]);
    const [children] = await api.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE (SELECT count(*) FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) = 1)::int AS assigned,
              count(*) FILTER (WHERE (SELECT count(*) FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) > 1)::int AS doubled,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM awaiting_advocate q WHERE q.child_id = c.id AND q.resolved_at IS NULL))::int AS queued
         FROM children c WHERE c.local_authority_id = $1`,
      [fx.laId],
    );
    expect(children).toEqual({ total: 24, assigned: 9, doubled: 0, queued: 15 });
  });

  it('the database itself refuses a caseload over the cap and a second active assignment', async () => {
    const fx = await advocacyFixture(api, [{ cap: 1 }, { cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const result = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const childId = result.data?.recordTriggerEvent.child.id;
    const client = new Client({ connectionString: process.env['HEARD_TEST_DATABASE_URL'] });
    await client.connect();
    try {
      await expect(client.query(`UPDATE advocates SET active_caseload = 2 WHERE id = $1`, [fx.advocates[0]?.id])).rejects.toThrow('advocates_within_cap');
      await expect(
        client.query(`INSERT INTO assignments (child_id, advocate_id, started_on, start_reason) VALUES ($1, $2, '2025-03-04', 'TEST')`, [
          childId,
          fx.advocates[1]?.id,
        ]),
      ).rejects.toThrow('assignments_one_active_per_child');
    } finally {
      await client.end();
    }
  });

  it('queues a child when no provider covers their LA, shows working days waited, and assigns oldest first when capacity frees', async () => {
    const fx = await advocacyFixture(api, [{ cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const first = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    expect(first.data?.recordTriggerEvent.outcome).toBe('ASSIGNED');
    const older = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2024-12-20', newChild: newChild({ givenName: 'Older' }) },
    });
    const newer = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-05', newChild: newChild({ givenName: 'Newer' }) },
    });
    expect([older.data?.recordTriggerEvent.outcome, newer.data?.recordTriggerEvent.outcome]).toEqual(['QUEUED', 'QUEUED']);
    const queue = await manager.request(AWAITING);
    expect(queue.data?.awaitingAdvocate.map((q) => [q.childName, q.waitingSince, q.reason, q.localAuthority.id])).toEqual([
      ['Older Test', '2024-12-20', 'NO_CAPACITY', fx.laId],
      ['Newer Test', '2025-03-05', 'NO_CAPACITY', fx.laId],
    ]);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const raised = await commissioner.request(QueueAndConcurrencySetCapDocument, {
      input: { advocateId: fx.advocates[0]?.id ?? '', caseloadCap: 2 },
    });
    expect(raised.data).toEqual({ setCaseloadCap: { caseloadCap: 2, activeCaseload: 2 } });
    const afterRaise = await manager.request(AWAITING);
    expect(afterRaise.data?.awaitingAdvocate.map((q) => q.childName)).toEqual(['Newer Test']);
    const left = await manager.request(TestRecordLeftCareDocument, {
      input: { childId: first.data?.recordTriggerEvent.child.id ?? '', leftOn: '2025-03-10' },
    });
    expect(left.errors).toEqual([]);
    expect((await manager.request(AWAITING)).data?.awaitingAdvocate).toEqual([]);
  });

  it('counts working days waited across bank holidays', async () => {
    const fx = await advocacyFixture(api, [], { covered: false });
    const manager = await fx.signIn(fx.managerEmail);
    await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2024-12-20', newChild: newChild() } });
    const queue = await manager.request(AWAITING);
    const [entry] = queue.data?.awaitingAdvocate ?? [];
    expect(entry?.reason).toBe('NO_PROVIDER_COVERS_LA');
    const expected = createEnglandAndWalesCalendar().workingDaysBetween('2024-12-20', isoDateOf(new Date()));
    expect(entry?.workingDaysWaiting).toBe(expected);
  });

  it('an LA manager sees only their own LA’s queue; Commissioner staff see the national queue', async () => {
    const fx = await advocacyFixture(api, [], { covered: false });
    const manager = await fx.signIn(fx.managerEmail);
    await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild() } });
    const own = await manager.request(AWAITING);
    expect(new Set(own.data?.awaitingAdvocate.map((q) => q.localAuthority.id))).toEqual(new Set([fx.laId]));
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const national = await commissioner.request(AWAITING);
    expect(new Set(national.data?.awaitingAdvocate.map((q) => q.localAuthority.id)).size).toBeGreaterThan(1);
    const advocate = api.client();
    await advocate.login(DEMO.advocate, DEMO.password);
    expect((await advocate.request(AWAITING)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('a new advocate joining', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const CREATE = QueueAndConcurrencyCreateAdvocateDocument;

  it('takes waiting children at once, oldest first, up to their cap', async () => {
    const fx = await advocacyFixture(api, [{ cap: 0 }]);
    const manager = await fx.signIn(fx.managerEmail);
    for (const occurredOn of ['2025-03-03', '2025-03-04', '2025-03-05']) {
      await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn, newChild: newChild({ givenName: `Waiting${occurredOn.slice(-1)}` }) },
      });
    }
    const admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    const created = await admin.request(CREATE, {
      input: {
        email: `new.${Date.now()}@test.heard`,
        displayName: 'New Advocate',
        advocacyProviderId: fx.providerId,
        caseloadCap: 2,
        languages: ['English', ' Urdu '],
        temporaryPassword: 'a-long-first-password',
      },
    });
    expect(created.data).toEqual({ createAdvocate: { displayName: 'New Advocate', caseloadCap: 2, activeCaseload: 2, languages: ['English', 'Urdu'] } });
    const queue = await manager.request(AWAITING);
    expect(queue.data?.awaitingAdvocate.map((q) => q.childName)).toEqual(['Waiting5 Test']);
  });

  it('refuses a duplicate email, an unknown provider and a short password, and only admins may add advocates', async () => {
    const admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    const providers = await admin.request(QueueAndConcurrencyProvidersDocument);
    const providerId = providers.data?.advocacyProviders.find((p) => p.name === 'Voices Independent Advocacy')?.id;
    const base = { displayName: 'X', advocacyProviderId: providerId ?? '', temporaryPassword: 'a-long-first-password' };
    const duplicate = await admin.request(CREATE, { input: { ...base, email: DEMO.advocate } });
    expect(duplicate.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', `There is already a user with the email ${DEMO.advocate}.`]]);
    const unknown = await admin.request(CREATE, { input: { ...base, email: 'a@b.heard', advocacyProviderId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const short = await admin.request(CREATE, { input: { ...base, email: 'c@d.heard', temporaryPassword: 'short' } });
    expect(short.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Temporary password must be 12 to 200 characters']]);
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    expect((await commissioner.request(CREATE, { input: { ...base, email: 'e@f.heard' } })).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
