import { UsersAdminInviteDocument, UsersAdminListDocument, UsersAdminOrganisationsDocument, UsersAdminSetPasswordDocument } from '@heard/graphql-types/testing';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const NEW_PASSWORD = 'a-long-new-password';

describe('provider manager accounts', () => {
  let api: TestApp;
  let admin: GraphqlTestClient;
  let provider: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    const organisations = (await admin.request(UsersAdminOrganisationsDocument)).data?.userAdminOrganisations;
    provider = organisations?.advocacyProviders.find((p) => p.name === 'Voices Independent Advocacy')?.id ?? '';
  });
  afterAll(() => api.close());

  it('an administrator invites a provider manager into their provider, who signs in with no caseload and no admin rights', async () => {
    const input = {
      displayName: 'Rae Holt',
      email: 'rae.holt@test.heard',
      role: 'PROVIDER_MANAGER' as const,
      localAuthorityId: null,
      advocacyProviderId: provider,
    };
    const invited = await admin.request(UsersAdminInviteDocument, { input });
    expect(invited.errors).toEqual([]);
    expect(invited.data?.inviteUser).toMatchObject({
      role: 'PROVIDER_MANAGER',
      status: 'INVITED',
      localAuthority: null,
      advocacyProvider: { name: 'Voices Independent Advocacy' },
    });
    const [mail] = (await api.dataSource.query(`SELECT body FROM outbox_messages WHERE to_address = $1`, ['rae.holt@test.heard'])) as Array<{ body: string }>;
    const token = /\/set-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1] ?? '';
    expect((await api.client().request(UsersAdminSetPasswordDocument, { token, password: NEW_PASSWORD })).errors).toEqual([]);
    const signedIn = api.client();
    expect((await signedIn.login('rae.holt@test.heard', NEW_PASSWORD)).errors).toEqual([]);
    expect((await signedIn.request(UsersAdminListDocument, { filter: {} })).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // A provider manager is no advocate: no caseload of their own.
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM advocates WHERE user_id = $1`, [invited.data?.inviteUser.id])).toEqual([{ n: 0 }]);
  });

  it('refuses a provider manager without a provider, in words, with a 400 on the field', async () => {
    const input = { displayName: 'Ash Lee', email: 'ash.lee@test.heard', role: 'PROVIDER_MANAGER' as const, localAuthorityId: null, advocacyProviderId: null };
    const refused = await admin.request(UsersAdminInviteDocument, { input });
    expect(refused.status).toBe(400);
    expect(refused.errors.map((e) => [e.extensions?.code, e.extensions?.['field'], e.message])).toEqual([
      ['BAD_USER_INPUT', 'advocacyProviderId', 'Select the advocacy provider this manager supervises.'],
    ]);
  });
});
