import { ChildSearchFindDocument } from '@heard/graphql-types/testing';
import { randomBytes } from 'node:crypto';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const FIND = ChildSearchFindDocument;
const problems = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field'] ?? null, e.message]);

describe('Commissioner staff find a child to reassign by name, date of birth or local authority', () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });
  afterAll(() => api.close());

  /** An LA with one advocate (cap 3) and children of the family name `family`, given names in order; the fourth waits. */
  async function world(family: string, givenNames: string[], dateOfBirth = '2014-05-01') {
    const fx = await advocacyFixture(api, [{ cap: 3 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const ids: string[] = [];
    for (const givenName of givenNames) {
      const recorded = await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName, familyName: family, dateOfBirth }) },
      });
      ids.push(recorded.data?.recordTriggerEvent.child.id ?? '');
    }
    const [la] = (await api.dataSource.query(`SELECT name, code FROM local_authorities WHERE id = $1`, [fx.laId])) as Array<{ name: string; code: string }>;
    return { fx, manager, ids, laName: la?.name ?? '', laCode: la?.code ?? '' };
  }

  it('matches every word of the name in any order and case, with LA, date of birth and current advocate, and audits the children shown', async () => {
    const family = `Searchby${randomBytes(3).toString('hex')}`;
    const { fx, ids, laName } = await world(family, ['Amelia', 'Ameera', 'Bo', 'Amelie']);
    const advocate = fx.advocates[0]?.name ?? '';
    const found = await commissioner.request(FIND, { input: { name: ` ${family.toUpperCase()}  ame ` } }, { 'x-request-id': `search-${family}` });
    expect(found.errors).toEqual([]);
    expect(found.data?.childSearch).toEqual({
      matches: [
        {
          id: ids[1],
          givenName: 'Ameera',
          familyName: family,
          preferredName: null,
          dateOfBirth: '2014-05-01',
          localAuthority: { id: fx.laId, name: laName },
          advocate: { displayName: advocate },
        },
        {
          id: ids[0],
          givenName: 'Amelia',
          familyName: family,
          preferredName: null,
          dateOfBirth: '2014-05-01',
          localAuthority: { id: fx.laId, name: laName },
          advocate: { displayName: advocate },
        },
        {
          id: ids[3],
          givenName: 'Amelie',
          familyName: family,
          preferredName: null,
          dateOfBirth: '2014-05-01',
          localAuthority: { id: fx.laId, name: laName },
          advocate: null,
        },
      ],
      more: false,
    });
    const audit = (await api.dataSource.query(`SELECT action, actor_role, entity_id, child_ids, purpose, operation FROM audit_log WHERE request_id = $1`, [
      `search-${family}`,
    ])) as unknown[];
    expect(audit).toEqual([
      {
        action: 'allocation.child_search',
        actor_role: 'COMMISSIONER_STAFF',
        entity_id: null,
        child_ids: [ids[1], ids[0], ids[3]],
        purpose: 'Allocation oversight: who advocates for which child',
        operation: 'query childSearch',
      },
    ]);
  });

  it('narrows by date of birth and by part of the LA’s name or code', async () => {
    const family = `Narrow${randomBytes(3).toString('hex')}`;
    const { ids, laName, laCode } = await world(family, ['Ada'], '2012-02-29');
    const other = await world(family, ['Ada'], '2013-03-01');
    const byBirth = await commissioner.request(FIND, { input: { name: family, dateOfBirth: '2012-02-29' } });
    expect(byBirth.data?.childSearch.matches.map((m) => m.id)).toEqual([ids[0]]);
    const byLa = await commissioner.request(FIND, { input: { name: family, localAuthority: laName.slice(-8).toLowerCase() } });
    expect(byLa.data?.childSearch.matches.map((m) => m.id)).toEqual([ids[0]]);
    const byOtherLa = await commissioner.request(FIND, { input: { name: family, localAuthority: other.laName } });
    expect(byOtherLa.data?.childSearch.matches.map((m) => m.id)).toEqual([other.ids[0]]);
    const byCode = await commissioner.request(FIND, { input: { name: `Ada ${family}`, localAuthority: laCode } });
    expect(byCode.data?.childSearch.matches.map((m) => m.id)).toEqual([ids[0]]);
  });

  it('takes LIKE’s wildcards literally, so % and _ match only themselves', async () => {
    const family = `Wild${randomBytes(3).toString('hex')}`;
    await world(family, ['Kit']);
    for (const name of ['%%', '__', `${family}%`, `W_ld${family.slice(4)}`, '\\\\']) {
      const found = await commissioner.request(FIND, { input: { name } });
      expect([name, found.errors, found.data?.childSearch]).toEqual([name, [], { matches: [], more: false }]);
    }
  });

  it('shows at most 20 children and says there are more', async () => {
    const family = `Many${randomBytes(3).toString('hex')}`;
    const names = Array.from({ length: 21 }, (_, i) => `Kid${String(i).padStart(2, '0')}`);
    const fx = await advocacyFixture(api, [{ cap: 30 }]);
    const manager = await fx.signIn(fx.managerEmail);
    for (const givenName of names) {
      await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName, familyName: family }) },
      });
    }
    const found = await commissioner.request(FIND, { input: { name: family } });
    expect(found.data?.childSearch.matches.map((m) => m.givenName)).toEqual(names.slice(0, 20));
    expect(found.data?.childSearch.more).toBe(true);
  });

  it('needs a name of 2 letters or more, a date of birth or an LA, and says so under the field', async () => {
    expect(problems(await commissioner.request(FIND, { input: {} }))).toEqual([
      ['BAD_USER_INPUT', 'name', "Enter part of the child's name, their date of birth or their local authority."],
    ]);
    expect(problems(await commissioner.request(FIND, { input: { name: ' a ' } }))).toEqual([
      ['BAD_USER_INPUT', 'name', "Enter at least 2 letters of the child's name."],
    ]);
    expect(problems(await commissioner.request(FIND, { input: { localAuthority: 'N' } }))).toEqual([
      ['BAD_USER_INPUT', 'localAuthority', "Enter at least 2 letters of the local authority's name."],
    ]);
    const badDate = await commissioner.request(FIND, { input: { dateOfBirth: '2014-02-30' } });
    expect(badDate.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Date of birth must be a real date in the form YYYY-MM-DD (you entered "2014-02-30").'],
    ]);
  });

  it('is Commissioner staff’s alone: advocates, LA managers and administrators are refused, and so is nobody signed in', async () => {
    const family = `Only${randomBytes(3).toString('hex')}`;
    const { fx, manager } = await world(family, ['Max']);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    for (const client of [advocate, manager, admin]) {
      const refused = await client.request(FIND, { input: { name: family } });
      expect([refused.errors.map((e) => e.extensions?.code), refused.data]).toEqual([['FORBIDDEN'], null]);
    }
    const anonymous = await api.client().request(FIND, { input: { name: family } });
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
