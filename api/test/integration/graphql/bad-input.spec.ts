import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage';
import { getMetadataStorage } from 'class-validator';
import { getNamedType, isInputObjectType } from 'graphql';
import { IS_CALENDAR_DATE } from '../../../src/common/validation/is-calendar-date';
import { newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { RAISE, raiseInput } from '../../support/concern-fixture';
import { SAVE } from '../../support/home-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

interface Refusal {
  status: number;
  errors: Array<[string, string | undefined]>;
}

/** Bad input is refused at the edge: HTTP 400, BAD_USER_INPUT, the field named, nothing stored. */
describe('bad input is a 400 naming the field, never a 500, never silently changed', () => {
  let api: TestApp;
  /** advocate@ and manager@ (Northshire), Leo Nowak (NS-1003, advocate@'s child) and Oakfield House, which advocate@ visits. */
  let w: { adv: GraphqlTestClient; mgr: GraphqlTestClient; ownChildId: string; homeId: { own: string }; today: string };

  beforeAll(async () => {
    api = await startTestApp();
    const signIn = async (email: string): Promise<GraphqlTestClient> => {
      const client = api.client();
      await client.login(email, DEMO.password);
      return client;
    };
    const id = async (sql: string, param: string): Promise<string> => ((await api.dataSource.query(sql, [param])) as Array<{ id: string }>)[0]?.id ?? '';
    w = {
      adv: await signIn(DEMO.advocate),
      mgr: await signIn(DEMO.manager),
      ownChildId: await id(`SELECT id FROM children WHERE la_child_ref = $1`, 'NS-1003'),
      homeId: { own: await id(`SELECT id FROM children_homes WHERE ofsted_urn = $1`, 'SC482117') },
      today: new Date().toISOString().slice(0, 10),
    };
  });
  afterAll(() => api.close());

  const refusal = (result: { status: number; errors: Array<{ message: string; extensions?: { code?: string } }> }): Refusal => ({
    status: result.status,
    errors: result.errors.map((e) => [e.message, e.extensions?.code]),
  });
  const concernCount = async (): Promise<number> =>
    ((await api.dataSource.query(`SELECT count(*)::int AS n FROM concerns WHERE child_id = $1`, [w.ownChildId])) as Array<{ n: number }>)[0]?.n ?? -1;

  it('refuses a NUL byte in a string argument, naming the argument path and position', async () => {
    const before = await concernCount();
    const result = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { whatIsWrong: 'Abcd\u0000ef' }) });
    expect(refusal(result)).toEqual({
      status: 400,
      errors: [['What is wrong contains a character that cannot be stored (a NUL byte at position 5).', 'BAD_USER_INPUT']],
    });
    expect(await concernCount()).toBe(before);
  });

  it('refuses a NUL byte in a nested list item and in an inline literal', async () => {
    const nested = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { evidence: [{ text: 'ok' }, { text: 'x\u0000' }] }) });
    expect(refusal(nested)).toEqual({
      status: 400,
      errors: [['Text contains a character that cannot be stored (a NUL byte at position 2).', 'BAD_USER_INPUT']],
    });
    const literal = await w.adv.rawGraphql(
      `mutation { recordOptBackIn(input: { childId: "${w.ownChildId}", decidedOn: "${w.today}", childWords: "\\u0000" }) { id } }`,
    );
    expect(refusal(literal)).toEqual({
      status: 400,
      errors: [['Child words contains a character that cannot be stored (a NUL byte at position 1).', 'BAD_USER_INPUT']],
    });
  });

  it('refuses a NUL byte in the sign-in email before looking the account up', async () => {
    const result = await api.client().login('advocate@demo.heard\u0000', DEMO.password);
    expect(refusal(result)).toEqual({
      status: 400,
      errors: [['Email contains a character that cannot be stored (a NUL byte at position 20).', 'BAD_USER_INPUT']],
    });
  });

  it('refuses a lone surrogate instead of storing it as U+FFFD', async () => {
    const before = await concernCount();
    const result = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { childWants: 'I want \ud83d to go home' }) });
    expect(refusal(result)).toEqual({
      status: 400,
      errors: [['Child wants contains a character that cannot be stored (a lone UTF-16 surrogate (U+D83D) at position 8).', 'BAD_USER_INPUT']],
    });
    expect(await concernCount()).toBe(before);
    // A whole pair (an emoji) is a real character and is stored exactly.
    const emoji = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { childWants: 'I want \ud83d\ude00 to go home' }) });
    expect(emoji.errors).toEqual([]);
    const stored = (await api.dataSource.query(`SELECT child_wants FROM concerns WHERE id = $1`, [emoji.data?.raiseConcern.id])) as Array<{
      child_wants: string;
    }>;
    expect(stored).toEqual([{ child_wants: 'I want \u{1F600} to go home' }]);
  });

  it('refuses other control characters but keeps tab, newline and carriage return', async () => {
    const bell = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { whatIsWrong: 'ring\u0007' }) });
    expect(refusal(bell)).toEqual({
      status: 400,
      errors: [['What is wrong contains a character that cannot be stored (the control character U+0007 at position 5).', 'BAD_USER_INPUT']],
    });
    const text = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { whatIsWrong: 'line one\r\n\tline two' }) });
    expect(text.errors).toEqual([]);
  });

  it.each([
    ['2026-02-30', 'Date the concern was raised must be a real date in the form YYYY-MM-DD (you entered "2026-02-30").'],
    ['0000-00-00', 'Date the concern was raised must be a real date in the form YYYY-MM-DD (you entered "0000-00-00").'],
    ['1900-01-01', 'Date the concern was raised must be on or after 1 January 2000.'],
  ])('refuses the impossible or absurd raisedOn %s, naming the field', async (raisedOn, message) => {
    const before = await concernCount();
    const result = await w.adv.request(RAISE, { input: raiseInput(w.ownChildId, { raisedOn }) });
    expect(refusal(result)).toEqual({ status: 400, errors: [[message, 'BAD_USER_INPUT']] });
    expect(await concernCount()).toBe(before);
  });

  it.each([
    ['1899-12-31', 'Date of birth must be on or after 1 January 1900.'],
    ['2014-13-01', 'Date of birth must be a real date in the form YYYY-MM-DD (you entered "2014-13-01").'],
  ])('refuses the date of birth %s, naming the field', async (dateOfBirth, message) => {
    const result = await w.mgr.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: w.today, newChild: newChild({ dateOfBirth }) } });
    expect(refusal(result)).toEqual({ status: 400, errors: [[message, 'BAD_USER_INPUT']] });
  });

  it('refuses an impossible date far down a nested input (a visit recommendation)', async () => {
    const result = await w.adv.request(SAVE, {
      input: { homeId: w.homeId.own, report: { recommendations: [{ what: 'Fix the boiler', owner: 'Manager', dueOn: '2026-04-31', themes: ['HEALTH'] }] } },
    });
    expect(refusal(result)).toEqual({
      status: 400,
      errors: [['Due date must be a real date in the form YYYY-MM-DD (you entered "2026-04-31").', 'BAD_USER_INPUT']],
    });
  });

  it('checks every date field of every input type as a calendar date (no DTO can forget)', () => {
    const classes = new Map(TypeMetadataStorage.getInputTypesMetadata().map((m) => [m.name, m.target]));
    const unchecked: string[] = [];
    let dateFields = 0;
    for (const type of Object.values(api.app.get(GraphQLSchemaHost).schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== 'String' || !/(On|Dates)$|^dateOfBirth$/.test(field.name)) continue;
        dateFields += 1;
        const target = classes.get(type.name);
        const rules = target === undefined ? [] : getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
        if (!rules.some((rule) => rule.propertyName === field.name && rule.name === IS_CALENDAR_DATE)) unchecked.push(`${type.name}.${field.name}`);
      }
    }
    expect(unchecked).toEqual([]);
    // 35 with LiveThemesInput.fromOn and toOn, AddThemeFollowUpInput.dueOn, and the receivedOn of
    // RecordHomeAnswerInput and RecordProviderAnswerInput.
    expect(dateFields).toBe(35);
  });

  it('answers a persisted-query hash that does not match its query with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    expect([response.status, body.errors.map((e) => [e.message, e.extensions?.code])]).toEqual([
      400,
      [['The persisted query hash (extensions.persistedQuery.sha256Hash) does not match the query.', 'PERSISTED_QUERY_HASH_MISMATCH']],
    ]);
  });

  it('answers a subscription sent over HTTP POST with 400 SUBSCRIPTION_OVER_HTTP', async () => {
    const result = await w.adv.rawGraphql('subscription { notificationAdded { id } }');
    expect(refusal(result)).toEqual({
      status: 400,
      errors: [['Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP POST.', 'SUBSCRIPTION_OVER_HTTP']],
    });
  });
});
