import {
  ProviderOversightChildDocument,
  ProviderOversightMyChildrenDocument,
  ProviderOversightOverviewDocument,
  ProviderOversightReassignDocument,
} from '@heard/graphql-types/testing';
import { addDays, AUDIT_PURPOSES, createEnglandAndWalesCalendar, londonDate, workingDaysOverdue } from '@heard/domain';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const problems = (r: { errors: Array<{ message: string; extensions?: { code?: string; field?: unknown } }> }) =>
  r.errors.map((e) => [e.extensions?.code, e.extensions?.field ?? null, e.message]);

describe("a provider manager's oversight of their own provider", () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let other: AdvocacyFixture;
  let providerManager: GraphqlTestClient;
  const today = londonDate(new Date());
  const children: Array<{ id: string; name: string; advocateId: string; dueOn: string }> = [];

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    other = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    // 24 days ago: the offer is overdue and the child was never heard. Today: nothing is due yet.
    for (const [occurredOn, givenName] of [
      [addDays(today, -24), 'Overdue'],
      [today, 'Recent'],
    ] as const) {
      const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn, newChild: newChild({ givenName }) } });
      const child = trigger.data?.recordTriggerEvent.child;
      children.push({
        id: child?.id ?? '',
        name: `${givenName} Test`,
        advocateId: trigger.data?.recordTriggerEvent.advocate?.id ?? '',
        dueOn: child?.currentOffer?.dueOn ?? '',
      });
    }
    const otherManager = await other.signIn(other.managerEmail);
    const theirs = await otherManager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: addDays(today, -24), newChild: newChild() } });
    children.push({ id: theirs.data?.recordTriggerEvent.child.id ?? '', name: '', advocateId: other.advocates[0]?.id ?? '', dueOn: '' });
    providerManager = await fx.signIn(fx.providerManagerEmail);
  });
  afterAll(() => api.close());

  it('shows each advocate against their cap and the children past a deadline, by name only, and audits who was shown', async () => {
    const [overdue] = children;
    const advocateOf = (id: string | undefined) => fx.advocates.find((a) => a.id === id);
    const overdueAdvocate = advocateOf(overdue?.advocateId);
    const advocateClient = await fx.signIn(overdueAdvocate?.email ?? '');
    const sentence = (await advocateClient.request(ProviderOversightMyChildrenDocument)).data?.myChildren.find((c) => c.id === overdue?.id)?.contactStandard
      ?.sentence;
    expect(sentence).toMatch(/^Not heard yet: the first contact was due by \d+ \w+ \d{4}\.$/);

    const overview = await providerManager.request(ProviderOversightOverviewDocument);
    expect(overview.errors).toEqual([]);
    expect(overview.data?.providerOverview.childrenNeedingAttention).toEqual([
      {
        childId: overdue?.id,
        childName: 'Overdue Test',
        localAuthority: { id: fx.laId },
        advocateId: overdue?.advocateId,
        advocateName: overdueAdvocate?.name,
        offerDueOn: overdue?.dueOn,
        offerWorkingDaysOverdue: workingDaysOverdue(createEnglandAndWalesCalendar(), overdue?.dueOn ?? '', today),
        contactOverdue: true,
        lastHeardAt: null,
        contactSentence: sentence,
      },
    ]);
    const advocates = overview.data?.providerOverview.advocates ?? [];
    expect(overview.data?.providerOverview.providerName).toMatch(/^Provider [0-9a-f]{8}$/);
    expect(advocates.map((a) => a.advocateId).sort()).toEqual(fx.advocates.map((a) => a.id).sort());
    expect(advocates.find((a) => a.advocateId === overdue?.advocateId)).toMatchObject({ overdueOffers: 1, pastContactStandard: 1, caseloadCap: 5 });
    expect(advocates.reduce((sum, a) => sum + a.activeCaseload, 0)).toBe(2);
    expect(advocates.some((a) => a.advocateId === other.advocates[0]?.id)).toBe(false);

    const audit = (await api.dataSource.query(
      `SELECT actor_role, child_ids, purpose FROM audit_log WHERE action = 'provider.oversight' AND $1 = ANY(child_ids) ORDER BY occurred_at DESC LIMIT 1`,
      [overdue?.id],
    )) as Array<{ actor_role: string; child_ids: string[]; purpose: string }>;
    expect(audit).toEqual([{ actor_role: 'PROVIDER_MANAGER', child_ids: [overdue?.id], purpose: AUDIT_PURPOSES.ALLOCATION_OVERSIGHT }]);
  });

  it("reaches no child's case content", async () => {
    const read = await providerManager.request(ProviderOversightChildDocument, { id: children[0]?.id ?? '' });
    expect(read.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('moves a child between its own advocates only', async () => {
    const [overdue, , theirs] = children;
    const to = fx.advocates.find((a) => a.id !== overdue?.advocateId);
    const outside = await providerManager.request(ProviderOversightReassignDocument, {
      input: { childId: overdue?.id ?? '', advocateId: other.advocates[0]?.id ?? '', reason: 'CHILD_REQUEST', note: 'Asked for a change' },
    });
    expect(problems(outside)).toEqual([['BAD_USER_INPUT', 'advocateId', 'Choose an advocate from your own provider.']]);
    const notTheirs = await providerManager.request(ProviderOversightReassignDocument, {
      input: { childId: theirs?.id ?? '', advocateId: to?.id ?? '', reason: 'CHILD_REQUEST', note: 'Asked for a change' },
    });
    expect(notTheirs.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    const moved = await providerManager.request(ProviderOversightReassignDocument, {
      input: { childId: overdue?.id ?? '', advocateId: to?.id ?? '', reason: 'CHILD_REQUEST', note: 'Asked for a change' },
    });
    expect(moved.errors).toEqual([]);
    expect(moved.data?.reassignChild).toEqual({ childId: overdue?.id, advocateName: to?.name });
    const audited = (await api.dataSource.query(`SELECT actor_role, details FROM audit_log WHERE action = 'assignment.reassigned' AND entity_id = $1`, [
      overdue?.id,
    ])) as Array<{ actor_role: string; details: { from: string; to: string } }>;
    expect(audited).toEqual([{ actor_role: 'PROVIDER_MANAGER', details: { from: overdue?.advocateId, to: to?.id, reason: 'CHILD_REQUEST' } }]);
  });
});
