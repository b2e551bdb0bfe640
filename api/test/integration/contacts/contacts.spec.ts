import {
  ContactsChildClockDocument,
  ContactsLogDocument,
  ContactsMyChildrenDocument,
  ContactsNationalDocument,
  ContactsRecordDocument,
  type RecordContactInput,
} from '@heard/graphql-types/testing';
import { addDays, londonDate, londonInstant, ukLongDate } from '@heard/domain';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const problems = (r: { errors: Array<{ message: string; extensions?: { code?: string; field?: unknown } }> }) =>
  r.errors.map((e) => [e.extensions?.code, e.extensions?.field ?? null, e.message]);

describe('contacts and the last heard clock', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let advocate: GraphqlTestClient;
  let manager: GraphqlTestClient;
  const children: Array<{ id: string; dueOn: string }> = [];
  // Dates from today (London), so the standard is computed as the API computes it on the day the suite runs.
  const today = londonDate(new Date());
  const day = (offset: number) => addDays(today, offset);
  const at = (offset: number, time: string) => londonInstant(day(offset), time).toISOString();

  const contact = (childId: string, overrides: Partial<RecordContactInput> = {}): RecordContactInput => ({
    childId,
    kind: 'CALL',
    occurredOn: day(-3),
    occurredTime: '10:00',
    viewsRecorded: true,
    privateNote: '',
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
    for (let i = 0; i < 2; i++) {
      const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: day(-24), newChild: newChild() } });
      const child = trigger.data?.recordTriggerEvent.child;
      children.push({ id: child?.id ?? '', dueOn: child?.currentOffer?.dueOn ?? '' });
    }
    advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
  });
  afterAll(() => api.close());

  /** An advocate of another provider, who has never had this child. */
  const theOtherAdvocate = async (): Promise<GraphqlTestClient> => {
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    return other.signIn(other.advocates[0]?.email ?? '');
  };

  it('a child never heard after the offer deadline is past the standard, on the record and on My children', async () => {
    const [first] = children;
    const clock = await advocate.request(ContactsChildClockDocument, { id: first?.id ?? '' });
    expect(clock.data?.child).toEqual({
      lastHeardAt: null,
      contactStandard: {
        status: 'PAST_STANDARD',
        sentence: `Not heard yet: the first contact was due by ${ukLongDate(first?.dueOn ?? '')}.`,
        nextDueOn: first?.dueOn,
      },
    });
    const mine = (await advocate.request(ContactsMyChildrenDocument)).data?.myChildren ?? [];
    expect(mine.filter((c) => children.some((x) => x.id === c.id)).map((c) => c.contactStandard?.status)).toEqual(['PAST_STANDARD', 'PAST_STANDARD']);
  });

  it('the advocate records contacts; last heard is the latest with views recorded, in London time', async () => {
    const childId = children[0]?.id ?? '';
    const first = await advocate.request(ContactsRecordDocument, {
      input: contact(childId, { occurredOn: day(-43), occurredTime: '10:00', privateNote: '  Talked about school  ' }),
    });
    expect(first.errors).toEqual([]);
    expect(first.data?.recordContact).toEqual([{ kind: 'CALL', occurredAt: at(-43, '10:00'), viewsRecorded: true, privateNote: 'Talked about school' }]);
    expect((await advocate.request(ContactsChildClockDocument, { id: childId })).data?.child).toEqual({
      lastHeardAt: at(-43, '10:00'),
      contactStandard: {
        status: 'PAST_STANDARD',
        sentence: `Last heard ${ukLongDate(day(-43))}: more than 6 weeks ago (due by ${ukLongDate(day(-1))}).`,
        nextDueOn: day(-1),
      },
    });
    await advocate.request(ContactsRecordDocument, {
      input: contact(childId, { kind: 'THROUGH_CARER', occurredOn: day(-2), occurredTime: '15:30', viewsRecorded: false }),
    });
    await advocate.request(ContactsRecordDocument, {
      input: contact(childId, { kind: 'VISIT', occurredOn: day(-6), occurredTime: '09:15', privateNote: 'Wants to see her brother' }),
    });
    const log = await advocate.request(ContactsLogDocument, { childId });
    expect(log.data?.childContacts.map((c) => [c.kind, c.occurredAt, c.viewsRecorded, c.privateNote])).toEqual([
      ['THROUGH_CARER', at(-2, '15:30'), false, ''],
      ['VISIT', at(-6, '09:15'), true, 'Wants to see her brother'],
      ['CALL', at(-43, '10:00'), true, 'Talked about school'],
    ]);
    expect((await advocate.request(ContactsChildClockDocument, { id: childId })).data?.child).toEqual({
      lastHeardAt: at(-6, '09:15'),
      contactStandard: {
        status: 'WITHIN_STANDARD',
        sentence: `Last heard ${ukLongDate(day(-6))}: next contact due by ${ukLongDate(day(36))}.`,
        nextDueOn: day(36),
      },
    });
    const audited = (await api.dataSource.query(`SELECT action FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'contact.%' ORDER BY occurred_at`, [
      childId,
    ])) as Array<{
      action: string;
    }>;
    expect(audited.filter((a) => a.action === 'contact.recorded')).toHaveLength(3);
    expect(audited.filter((a) => a.action === 'contact.list').length).toBeGreaterThanOrEqual(4);
  });

  it('the LA manager sees last heard and the status only, never the log or its notes', async () => {
    const childId = children[0]?.id ?? '';
    expect((await manager.request(ContactsChildClockDocument, { id: childId })).data?.child).toEqual({
      lastHeardAt: at(-6, '09:15'),
      contactStandard: { status: 'WITHIN_STANDARD', sentence: null, nextDueOn: null },
    });
    expect(problems(await manager.request(ContactsLogDocument, { childId }))[0]?.[0]).toBe('FORBIDDEN');
  });

  it('another advocate and Commissioner staff are refused, and each refusal is audited', async () => {
    const childId = children[0]?.id ?? '';
    const other = await theOtherAdvocate();
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const before = await refusals(childId);
    expect(problems(await other.request(ContactsLogDocument, { childId }))).toEqual([
      ['FORBIDDEN', null, 'Only the child’s current advocate can see or record their contacts.'],
    ]);
    expect(problems(await other.request(ContactsRecordDocument, { input: contact(childId) }))).toEqual([
      ['FORBIDDEN', null, 'Only the child’s current advocate can see or record their contacts.'],
    ]);
    expect(problems(await commissioner.request(ContactsLogDocument, { childId }))[0]?.[0]).toBe('FORBIDDEN');
    expect((await other.request(ContactsChildClockDocument, { id: childId })).errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await refusals(childId)) - before).toBe(4);
  });

  async function refusals(childId: string): Promise<number> {
    const [row] = (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'REFUSED' AND $1 = ANY(child_ids)`, [
      childId,
    ])) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  it('refuses bad input with the field named', async () => {
    const childId = children[1]?.id ?? '';
    expect(problems(await advocate.request(ContactsRecordDocument, { input: contact(childId, { occurredOn: day(1), occurredTime: '00:01' }) }))).toEqual([
      ['BAD_USER_INPUT', 'occurredOn', 'The date and time of the contact cannot be in the future.'],
    ]);
    expect(problems(await advocate.request(ContactsRecordDocument, { input: contact(childId, { occurredTime: '25:00' }) }))[0]?.slice(0, 2)).toEqual([
      'BAD_USER_INPUT',
      'occurredTime',
    ]);
    expect(problems(await advocate.request(ContactsRecordDocument, { input: contact(childId, { privateNote: 'x'.repeat(2001) }) }))[0]?.slice(0, 2)).toEqual([
      'BAD_USER_INPUT',
      'privateNote',
    ]);
    expect(problems(await advocate.request(ContactsRecordDocument, { input: contact(childId, { occurredOn: '2026-02-30' }) }))[0]?.slice(0, 2)).toEqual([
      'BAD_USER_INPUT',
      'occurredOn',
    ]);
    expect((await advocate.request(ContactsLogDocument, { childId })).data?.childContacts).toEqual([]);
  });

  it('Commissioner staff see national counts of children past the standard by LA and by provider', async () => {
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const national = (await commissioner.request(ContactsNationalDocument)).data?.contactStandardNational;
    const [la] = (await api.dataSource.query(`SELECT name FROM local_authorities WHERE id = $1`, [fx.laId])) as Array<{ name: string }>;
    const [provider] = (await api.dataSource.query(`SELECT name FROM advocacy_providers WHERE id = $1`, [fx.providerId])) as Array<{ name: string }>;
    expect(national?.byLocalAuthority.filter((r) => r.name === la?.name)).toEqual([{ name: la?.name, children: 2, pastStandard: 1 }]);
    expect(national?.byProvider.filter((r) => r.name === provider?.name)).toEqual([{ name: provider?.name, children: 2, pastStandard: 1 }]);
    expect(problems(await advocate.request(ContactsNationalDocument))[0]?.[0]).toBe('FORBIDDEN');
  });
});
