import { freeLaCode } from '../../support/access-matrix/row-helpers';
import {
  OrgAdminAddStaffDocument as ADD_STAFF,
  OrgAdminAdvocatesDocument as ADVOCATES,
  OrgAdminCreateAdvocateDocument as CREATE_ADVOCATE,
  OrgAdminCreateLaDocument as CREATE_LA,
  OrgAdminCreateProviderDocument as CREATE_PROVIDER,
  OrgAdminLocalAuthoritiesDocument as LAS,
  OrgAdminProvidersDocument as PROVIDERS,
  OrgAdminRenameLaDocument as RENAME_LA,
  OrgAdminRenameProviderDocument as RENAME_PROVIDER,
  OrgAdminSetCoverageDocument as SET_COVERAGE,
  OrgAdminStaffDocument as STAFF,
  OrgAdminUpdateAdvocateDocument as UPDATE_ADVOCATE,
  OrgAdminUpdateStaffDocument as UPDATE_STAFF,
} from '@heard/graphql-types/testing';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const refusals = (errors: ReadonlyArray<{ message: string; extensions?: { code?: unknown; field?: unknown } }>) =>
  errors.map((e) => [e.extensions?.code, e.extensions?.field ?? null, e.message]);

describe('administering LAs, providers, advocates and LA staff', () => {
  let api: TestApp;
  let admin: GraphqlTestClient;
  let adminId: string;
  let northshire: { id: string; name: string };

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await api.dataSource.query(sql, params)) as T[])[0] as T;
  const audits = (entityId: string) =>
    api.dataSource.query(`SELECT action, actor_user_id, details FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`, [entityId]) as Promise<
      Array<{ action: string; actor_user_id: string; details: Record<string, unknown> }>
    >;

  beforeAll(async () => {
    api = await startTestApp();
    admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    adminId = (await one<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [DEMO.admin])).id;
    northshire = await one<{ id: string; name: string }>(`SELECT id, name FROM local_authorities WHERE code = '901'`);
  });
  afterAll(() => api.close());

  it('creates an LA with a unique three-digit code and renames it, auditing each', async () => {
    const code = await freeLaCode({ api });
    const created = await admin.request(CREATE_LA, { input: { code: ` ${code} `, name: ' Westvale ' } });
    const id = created.data?.createLocalAuthority.id ?? '';
    expect(created.data?.createLocalAuthority).toEqual({ id, code, name: 'Westvale' });
    expect(refusals((await admin.request(CREATE_LA, { input: { code, name: 'Other' } })).errors)).toEqual([
      ['CONFLICT', 'code', `Westvale already has the code ${code}.`],
    ]);
    expect(refusals((await admin.request(CREATE_LA, { input: { code: '87', name: 'Other' } })).errors)).toEqual([
      ['BAD_USER_INPUT', 'code', 'Enter the local authority’s three-digit code, like 301.'],
    ]);
    expect((await admin.request(RENAME_LA, { input: { localAuthorityId: id, name: 'West Vale' } })).data?.renameLocalAuthority).toEqual({
      id,
      code,
      name: 'West Vale',
    });
    expect((await admin.request(LAS)).data?.localAuthorities.filter((la) => la.code === code)).toEqual([{ id, code, name: 'West Vale' }]);
    expect(await audits(id)).toEqual([
      { action: 'local_authority.created', actor_user_id: adminId, details: { code, name: 'Westvale' } },
      { action: 'local_authority.renamed', actor_user_id: adminId, details: { from: 'Westvale', to: 'West Vale' } },
    ]);
  });

  it('creates and renames a provider and sets its coverage, auditing what was added and removed', async () => {
    const la = (await admin.request(CREATE_LA, { input: { code: await freeLaCode({ api }), name: 'Southdown' } })).data?.createLocalAuthority.id ?? '';
    const created = await admin.request(CREATE_PROVIDER, { input: { name: 'Speak Up South' } });
    const id = (await one<{ id: string }>(`SELECT id FROM advocacy_providers WHERE name = 'Speak Up South'`)).id;
    expect(created.data?.createAdvocacyProvider).toEqual({ id, name: 'Speak Up South', coveredLocalAuthorities: [], advocateCount: 0 });
    expect(refusals((await admin.request(CREATE_PROVIDER, { input: { name: 'speak up south' } })).errors)).toEqual([
      ['CONFLICT', 'name', 'There is already a provider called speak up south.'],
    ]);
    expect((await admin.request(RENAME_PROVIDER, { input: { advocacyProviderId: id, name: 'Speak Up Southdown' } })).data).toEqual({
      renameAdvocacyProvider: { name: 'Speak Up Southdown' },
    });
    expect((await admin.request(SET_COVERAGE, { input: { advocacyProviderId: id, localAuthorityIds: [la, la] } })).data).toEqual({
      setProviderCoverage: { name: 'Speak Up Southdown', coveredLocalAuthorities: ['Southdown'] },
    });
    expect(refusals((await admin.request(SET_COVERAGE, { input: { advocacyProviderId: id, localAuthorityIds: [la] } })).errors)).toEqual([
      ['CONFLICT', null, 'Speak Up Southdown already covers exactly those local authorities.'],
    ]);
    expect((await admin.request(SET_COVERAGE, { input: { advocacyProviderId: id, localAuthorityIds: [] } })).data).toEqual({
      setProviderCoverage: { name: 'Speak Up Southdown', coveredLocalAuthorities: [] },
    });
    expect(refusals((await admin.request(SET_COVERAGE, { input: { advocacyProviderId: id, localAuthorityIds: [NOBODY] } })).errors)).toEqual([
      ['NOT_FOUND', 'localAuthorityIds', `No local authority with the id ${NOBODY}.`],
    ]);
    expect(await audits(id)).toEqual([
      { action: 'advocacy_provider.created', actor_user_id: adminId, details: { name: 'Speak Up South' } },
      { action: 'advocacy_provider.renamed', actor_user_id: adminId, details: { from: 'Speak Up South', to: 'Speak Up Southdown' } },
      { action: 'advocacy_provider.coverage_changed', actor_user_id: adminId, details: { added: 'Southdown', removed: '' } },
      { action: 'advocacy_provider.coverage_changed', actor_user_id: adminId, details: { added: '', removed: 'Southdown' } },
      {
        action: 'access.refused',
        actor_user_id: adminId,
        details: { code: 'NOT_FOUND', 'input.advocacyProviderId': id, reason: `No local authority with the id ${NOBODY}.` },
      },
    ]);
  });

  it('refuses to end coverage of an LA whose children the provider still represents, naming how many', async () => {
    const provider = await one<{ id: string; name: string }>(
      `SELECT p.id, p.name FROM advocacy_providers p JOIN advocates a ON a.advocacy_provider_id = p.id JOIN users u ON u.id = a.user_id WHERE u.email = $1`,
      [DEMO.advocate],
    );
    const { children } = await one<{ children: number }>(
      `SELECT count(*)::int AS children FROM assignments s JOIN advocates a ON a.id = s.advocate_id JOIN children c ON c.id = s.child_id
        WHERE s.ended_on IS NULL AND a.advocacy_provider_id = $1 AND c.local_authority_id = $2`,
      [provider.id, northshire.id],
    );
    const others = (await admin.request(PROVIDERS)).data?.advocacyProviders.find((p) => p.id === provider.id)?.coveredLocalAuthorityIds ?? [];
    const refused = await admin.request(SET_COVERAGE, {
      input: { advocacyProviderId: provider.id, localAuthorityIds: others.filter((l) => l !== northshire.id) },
    });
    expect(children).toBeGreaterThan(1);
    expect(refusals(refused.errors)).toEqual([
      [
        'BAD_USER_INPUT',
        'localAuthorityIds',
        `Advocates of ${provider.name} still represent ${children} children in ${northshire.name}: reassign them before ${provider.name} stops covering ${northshire.name}.`,
      ],
    ]);
    expect((await admin.request(PROVIDERS)).data?.advocacyProviders.find((p) => p.id === provider.id)?.coveredLocalAuthorityIds).toEqual(others);
  });

  describe('an advocate', () => {
    let providerId: string;
    let advocateId: string;
    const edit = (overrides: Record<string, unknown> = {}) => ({
      advocateId,
      version: 1,
      advocacyProviderId: providerId,
      employingLocalAuthorityId: null,
      languages: ['English'],
      caseloadCap: 5,
      unavailableUntil: null,
      ...overrides,
    });

    beforeAll(async () => {
      await admin.request(CREATE_PROVIDER, { input: { name: 'Independent Voices Test' } });
      providerId = (await one<{ id: string }>(`SELECT id FROM advocacy_providers WHERE name = 'Independent Voices Test'`)).id;
      const created = await admin.request(CREATE_ADVOCATE, {
        input: {
          email: 'nadia.admin-spec@test.heard',
          displayName: 'Nadia Ali',
          advocacyProviderId: providerId,
          caseloadCap: 5,
          languages: ['English'],
          contactPhone: null,
          temporaryPassword: 'a-long-temporary-password',
        },
      });
      advocateId = created.data?.createAdvocate.advocateId ?? '';
    });

    it('is listed per provider with caseload, cap, languages, employer and availability', async () => {
      expect((await admin.request(ADVOCATES, { advocacyProviderId: providerId })).data?.advocateProfiles).toEqual([
        {
          id: advocateId,
          displayName: 'Nadia Ali',
          email: 'nadia.admin-spec@test.heard',
          providerName: 'Independent Voices Test',
          employingLocalAuthority: null,
          languages: ['English'],
          caseloadCap: 5,
          activeCaseload: 0,
          unavailableUntil: null,
          availableToday: true,
          version: 1,
        },
      ]);
    });

    it('takes an employer, languages trimmed and deduplicated, a cap and an away-until date, audited field by field', async () => {
      const updated = await admin.request(UPDATE_ADVOCATE, {
        input: edit({
          employingLocalAuthorityId: northshire.id,
          languages: ['  Polish ', 'polish', '', 'English'],
          caseloadCap: 7,
          unavailableUntil: '2099-12-31',
        }),
      });
      expect(updated.data?.updateAdvocate).toEqual({
        displayName: 'Nadia Ali',
        providerName: 'Independent Voices Test',
        employingLocalAuthority: { name: northshire.name },
        languages: ['Polish', 'English'],
        caseloadCap: 7,
        activeCaseload: 0,
        unavailableUntil: '2099-12-31',
        availableToday: false,
        version: 2,
      });
      expect(await audits(advocateId)).toEqual([
        { action: 'advocate.created', actor_user_id: adminId, details: null },
        {
          action: 'advocate.updated',
          actor_user_id: adminId,
          details: {
            employerFrom: null,
            employerTo: northshire.name,
            languagesFrom: 'English',
            languagesTo: 'Polish, English',
            caseloadCapFrom: 5,
            caseloadCapTo: 7,
            unavailableUntilFrom: null,
            unavailableUntilTo: '2099-12-31',
          },
        },
      ]);
    });

    it('refuses an edit made from an older version, and exactly one of two parallel edits wins', async () => {
      expect(refusals((await admin.request(UPDATE_ADVOCATE, { input: edit({ version: 1 }) })).errors)).toEqual([
        ['CONFLICT', null, 'Nadia Ali was changed by someone else while you were editing: reload to see their change.'],
      ]);
      const results = await Promise.all([
        admin.request(UPDATE_ADVOCATE, { input: edit({ version: 2, caseloadCap: 8 }) }),
        admin.request(UPDATE_ADVOCATE, { input: edit({ version: 2, caseloadCap: 9 }) }),
      ]);
      expect(results.map((r) => (r.errors.length === 0 ? 'OK' : r.errors[0]?.extensions?.code)).sort()).toEqual(['CONFLICT', 'OK']);
      const winner = results.find((r) => r.errors.length === 0)?.data?.updateAdvocate;
      expect(await one<{ caseload_cap: number; version: number }>(`SELECT caseload_cap, version FROM advocates WHERE id = $1`, [advocateId])).toEqual({
        caseload_cap: winner?.caseloadCap,
        version: 3,
      });
    });

    it('refuses bad input with the field and a sentence', async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ languages: [' ', ''] }, 'languages', 'Enter at least one language the advocate speaks.'],
        [{ unavailableUntil: '2020-01-01' }, 'unavailableUntil', 'The date the advocate is away until must be today or later: you entered 1 January 2020.'],
      ];
      for (const [overrides, field, message] of cases) {
        const refused = await admin.request(UPDATE_ADVOCATE, { input: edit({ version: 3, ...overrides }) });
        expect([refused.status, refusals(refused.errors)[0]?.[0], refused.errors[0]?.extensions?.field, refused.errors[0]?.message]).toEqual([
          400,
          'BAD_USER_INPUT',
          field,
          message,
        ]);
      }
      // class-validator's own refusals name the field in words.
      const tooMany = await admin.request(UPDATE_ADVOCATE, { input: edit({ version: 3, caseloadCap: 201 }) });
      expect([tooMany.status, tooMany.errors.map((e) => [e.extensions?.code, e.message])]).toEqual([
        400,
        [['BAD_USER_INPUT', 'Caseload cap must be 200 or fewer']],
      ]);
    });
  });

  describe('the rules for an advocate who already has children (advocate@)', () => {
    let demo: { id: string; name: string; cap: number; caseload: number; version: number; provider: string };
    let childrenInNorthshire: number;
    const edit = (overrides: Record<string, unknown>) => ({
      advocateId: demo.id,
      version: demo.version,
      advocacyProviderId: demo.provider,
      employingLocalAuthorityId: null,
      languages: ['English'],
      caseloadCap: demo.cap,
      unavailableUntil: null,
      ...overrides,
    });

    beforeAll(async () => {
      demo = await one(
        `SELECT a.id, u.display_name AS name, a.caseload_cap AS cap, a.active_caseload AS caseload, a.version, a.advocacy_provider_id AS provider
           FROM advocates a JOIN users u ON u.id = a.user_id WHERE u.email = $1`,
        [DEMO.advocate],
      );
      childrenInNorthshire = (
        await one<{ n: number }>(
          `SELECT count(*)::int AS n FROM assignments s JOIN children c ON c.id = s.child_id WHERE s.advocate_id = $1 AND s.ended_on IS NULL AND c.local_authority_id = $2`,
          [demo.id, northshire.id],
        )
      ).n;
    });

    it('refuses an employer whose children they represent (independence)', async () => {
      const refused = await admin.request(UPDATE_ADVOCATE, { input: edit({ employingLocalAuthorityId: northshire.id }) });
      expect(childrenInNorthshire).toBeGreaterThan(1);
      expect(refusals(refused.errors)).toEqual([
        [
          'BAD_USER_INPUT',
          'employingLocalAuthorityId',
          `${demo.name} advocates for ${childrenInNorthshire} children in ${northshire.name}. An advocate employed by an LA never advocates for that LA's children: reassign them before recording ${northshire.name} as the employer.`,
        ],
      ]);
    });

    it('refuses a provider that does not cover their children’s LA', async () => {
      await admin.request(CREATE_PROVIDER, { input: { name: 'Nowhere Advocacy' } });
      const nowhere = (await one<{ id: string }>(`SELECT id FROM advocacy_providers WHERE name = 'Nowhere Advocacy'`)).id;
      const refused = await admin.request(UPDATE_ADVOCATE, { input: edit({ advocacyProviderId: nowhere }) });
      expect(refusals(refused.errors)).toEqual([
        [
          'BAD_USER_INPUT',
          'advocacyProviderId',
          `Nowhere Advocacy does not cover ${northshire.name}, where ${childrenInNorthshire} children this advocate represents live: reassign them or add the coverage first.`,
        ],
      ]);
    });

    it('refuses a cap below the current caseload', async () => {
      const refused = await admin.request(UPDATE_ADVOCATE, { input: edit({ caseloadCap: demo.caseload - 1 }) });
      expect(refusals(refused.errors)).toEqual([
        ['BAD_USER_INPUT', 'caseloadCap', `The cap cannot go below the advocate's current caseload of ${demo.caseload}: reassign children first.`],
      ]);
      expect(await one(`SELECT caseload_cap AS cap, version FROM advocates WHERE id = $1`, [demo.id])).toEqual({ cap: demo.cap, version: demo.version });
    });
  });

  it('refuses every operation to everyone but an administrator', async () => {
    const code = await freeLaCode({ api });
    const ops: Array<[string, () => Promise<{ errors: ReadonlyArray<{ extensions?: { code?: unknown } }> }>]> = [];
    const outcomes: Record<string, string[]> = {};
    for (const email of [DEMO.advocate, DEMO.manager, DEMO.commissioner]) {
      const client = api.client();
      await client.login(email, DEMO.password);
      ops.length = 0;
      ops.push(
        ['localAuthorities', () => client.request(LAS)],
        ['createLocalAuthority', () => client.request(CREATE_LA, { input: { code, name: 'X' } })],
        ['renameLocalAuthority', () => client.request(RENAME_LA, { input: { localAuthorityId: northshire.id, name: 'X' } })],
        ['createAdvocacyProvider', () => client.request(CREATE_PROVIDER, { input: { name: 'X' } })],
        ['renameAdvocacyProvider', () => client.request(RENAME_PROVIDER, { input: { advocacyProviderId: NOBODY, name: 'X' } })],
        ['setProviderCoverage', () => client.request(SET_COVERAGE, { input: { advocacyProviderId: NOBODY, localAuthorityIds: [] } })],
        ['advocateProfiles', () => client.request(ADVOCATES, {})],
        [
          'updateAdvocate',
          () =>
            client.request(UPDATE_ADVOCATE, {
              input: { advocateId: NOBODY, version: 1, advocacyProviderId: NOBODY, employingLocalAuthorityId: null, languages: ['English'], caseloadCap: 1 },
            }),
        ],
        ['laStaffOf', () => client.request(STAFF, { localAuthorityId: northshire.id })],
        [
          'addLaStaffMemberToLa',
          () => client.request(ADD_STAFF, { input: { localAuthorityId: northshire.id, fullName: 'X', role: 'SOCIAL_WORKER', experienced: false } }),
        ],
        [
          'updateLaStaffMember',
          () => client.request(UPDATE_STAFF, { input: { staffId: NOBODY, fullName: 'X', role: 'SOCIAL_WORKER', experienced: false, active: true } }),
        ],
      );
      outcomes[email] = await Promise.all(ops.map(async ([, run]) => String((await run()).errors[0]?.extensions?.code)));
    }
    const forbidden = ops.map(() => 'FORBIDDEN');
    expect(outcomes).toEqual({ [DEMO.advocate]: forbidden, [DEMO.manager]: forbidden, [DEMO.commissioner]: forbidden });
    expect(await one(`SELECT count(*)::int AS n FROM local_authorities WHERE code = $1`, [code])).toEqual({ n: 0 });
  });
});
