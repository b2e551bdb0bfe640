import {
  UsersAdminChangeRoleDocument,
  UsersAdminDeactivateDocument,
  UsersAdminForceResetDocument,
  UsersAdminInviteDocument,
  UsersAdminListDocument,
  UsersAdminOrganisationsDocument,
  UsersAdminReactivateDocument,
  UsersAdminSetPasswordDocument,
  UsersAdminUnlockDocument,
  UsersAdminUserDocument,
} from '@heard/graphql-types/testing';
import { createHash } from 'node:crypto';
import { Clock } from '../../../src/common/clock';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { call, fireAtOnce } from '../../support/parallel';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const NEW_PASSWORD = 'a-long-new-password';
const NOBODY = '00000000-0000-4000-8000-000000000000';

const problems = (r: GraphqlResponse<unknown>) => r.errors.map((e) => [e.extensions?.code, e.extensions?.['field'], e.message]);

describe('user administration', () => {
  let api: TestApp;
  let admin: GraphqlTestClient;
  let northshire: string;
  let provider: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(DEMO.admin);
    const organisations = (await admin.request(UsersAdminOrganisationsDocument)).data?.userAdminOrganisations;
    northshire = organisations?.localAuthorities.find((la) => la.name === 'Northshire County Council')?.id ?? '';
    provider = organisations?.advocacyProviders.find((p) => p.name === 'Voices Independent Advocacy')?.id ?? '';
  }, 60_000);
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  async function signIn(email: string, password: string = DEMO.password): Promise<GraphqlTestClient> {
    const client = api.client();
    const result = await client.login(email, password);
    if (result.errors.length > 0) throw new Error(`${email} could not sign in: ${result.errors[0]?.message ?? ''}`);
    return client;
  }

  async function invite(displayName: string, email: string, role: 'ADVOCATE' | 'LA_MANAGER' | 'COMMISSIONER_STAFF' | 'ADMIN' = 'COMMISSIONER_STAFF') {
    const input = {
      displayName,
      email,
      role,
      localAuthorityId: role === 'LA_MANAGER' ? northshire : null,
      advocacyProviderId: role === 'ADVOCATE' ? provider : null,
    };
    const result = await admin.request(UsersAdminInviteDocument, { input });
    expect(result.errors).toEqual([]);
    return result.data?.inviteUser.id ?? '';
  }

  async function outboxFor(email: string): Promise<Array<{ subject: string; body: string }>> {
    return api.dataSource.query(`SELECT subject, body FROM outbox_messages WHERE to_address = $1 ORDER BY created_at, id`, [email]);
  }

  const tokenIn = (body: string | undefined): string => /\/set-password\?token=([A-Za-z0-9_-]+)/.exec(body ?? '')?.[1] ?? '';

  async function auditOf(userId: string): Promise<Array<{ action: string; actor: string | null; details: Record<string, unknown> | null }>> {
    return api.dataSource.query(
      `SELECT a.action, u.email AS actor, a.details FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.entity = 'user' AND a.entity_id = $1 ORDER BY a.occurred_at, a.id`,
      [userId],
    );
  }

  /** Invites someone and sets their password from the emailed link: an account that can sign in. */
  async function activeUser(displayName: string, email: string, role?: 'ADVOCATE' | 'LA_MANAGER' | 'COMMISSIONER_STAFF' | 'ADMIN'): Promise<string> {
    const id = await invite(displayName, email, role);
    const [mail] = await outboxFor(email);
    expect((await api.client().request(UsersAdminSetPasswordDocument, { token: tokenIn(mail?.body), password: NEW_PASSWORD })).errors).toEqual([]);
    return id;
  }

  it('invites a user: an account without a password, and one email with a single-use link, stored only as its hash', async () => {
    const result = await admin.request(UsersAdminInviteDocument, {
      input: { displayName: '  Sam Jones ', email: ' Sam.Jones@Test.Heard', role: 'LA_MANAGER', localAuthorityId: northshire, advocacyProviderId: null },
    });
    expect(problems(result)).toEqual([]);
    expect(result.data?.inviteUser).toEqual({
      id: expect.any(String),
      displayName: 'Sam Jones',
      email: 'sam.jones@test.heard',
      role: 'LA_MANAGER',
      status: 'INVITED',
      localAuthority: { name: 'Northshire County Council' },
      advocacyProvider: null,
      allowedCommands: ['CHANGE_ROLE', 'DEACTIVATE', 'FORCE_PASSWORD_RESET'],
    });
    const id = result.data?.inviteUser.id ?? '';
    const mails = await outboxFor('sam.jones@test.heard');
    const token = tokenIn(mails[0]?.body);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mails).toEqual([
      {
        subject: 'You have been invited to Heard',
        body:
          "Hello Sam Jones,\n\nYou have been given an account on Heard, the advocacy service's case platform, as: Local authority manager.\n\n" +
          `Choose your password here (the link works once, for 7 days): /set-password?token=${token}\n\nIf you were not expecting this, you can ignore this email.`,
      },
    ]);
    const links: Array<{ purpose: string; token_hash: string; days: number }> = await api.dataSource.query(
      `SELECT purpose, token_hash, extract(epoch FROM expires_at - created_at)::int / 86400 AS days FROM account_links WHERE user_id = $1`,
      [id],
    );
    expect(links).toEqual([{ purpose: 'INVITATION', token_hash: createHash('sha256').update(token).digest('hex'), days: 7 }]);
    const audit = await auditOf(id);
    expect(audit).toEqual([
      { action: 'user.invited', actor: DEMO.admin, details: { role: 'LA_MANAGER', localAuthorityId: northshire, advocacyProviderId: null } },
    ]);
    expect(JSON.stringify(audit).includes(token)).toBe(false);
    // Before a password is set, no password signs in.
    expect(problems(await api.client().login('sam.jones@test.heard', ''))).toEqual([['BAD_USER_INPUT', undefined, 'Enter your email address and password.']]);
    expect(problems(await api.client().login('sam.jones@test.heard', NEW_PASSWORD))).toEqual([
      ['UNAUTHENTICATED', undefined, 'Email or password is incorrect.'],
    ]);
  });

  it('setting the password from the link lets the user sign in, once; the link then no longer works', async () => {
    const id = await invite('Ravi Patel', 'ravi.patel@test.heard');
    const token = tokenIn((await outboxFor('ravi.patel@test.heard'))[0]?.body);
    const visitor = api.client();
    const short = await visitor.request(UsersAdminSetPasswordDocument, { token, password: 'too-short' });
    expect(short.status).toBe(400);
    expect(problems(short)).toEqual([['BAD_USER_INPUT', 'password', 'Your password must be at least 12 characters.']]);
    expect(problems(await visitor.request(UsersAdminSetPasswordDocument, { token, password: 'Ravi.Patel@test.heard' }))).toEqual([
      ['BAD_USER_INPUT', 'password', 'Your password must not be your email address.'],
    ]);
    expect(await visitor.request(UsersAdminSetPasswordDocument, { token, password: NEW_PASSWORD })).toMatchObject({ data: { setPassword: true }, errors: [] });
    const again = await visitor.request(UsersAdminSetPasswordDocument, { token, password: 'another-long-password' });
    expect(again.status).toBe(400);
    expect(problems(again)).toEqual([
      ['BAD_USER_INPUT', 'token', 'This link has already been used. Sign in with your password, or ask your administrator for a new link.'],
    ]);
    const ravi = api.client();
    expect((await ravi.login('ravi.patel@test.heard', NEW_PASSWORD)).data?.login.user).toMatchObject({
      email: 'ravi.patel@test.heard',
      role: 'COMMISSIONER_STAFF',
    });
    expect((await admin.request(UsersAdminUserDocument, { id })).data?.managedUser.status).toBe('ACTIVE');
    expect((await auditOf(id)).map((a) => [a.action, a.actor, a.details])).toEqual([
      ['user.invited', DEMO.admin, { role: 'COMMISSIONER_STAFF', localAuthorityId: null, advocacyProviderId: null }],
      ['auth.password_set', 'ravi.patel@test.heard', { link: 'INVITATION' }],
    ]);
    expect(problems(await visitor.request(UsersAdminSetPasswordDocument, { token: 'not-a-real-token', password: NEW_PASSWORD }))).toEqual([
      ['BAD_USER_INPUT', 'token', 'This link is not valid. Ask your administrator to send you a new one.'],
    ]);
  });

  it('a link stops working 7 days after it was sent, and when a newer one is sent', async () => {
    const id = await invite('Ada Brooks', 'ada.brooks@test.heard');
    const first = tokenIn((await outboxFor('ada.brooks@test.heard'))[0]?.body);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000));
    const expired = await api.client().request(UsersAdminSetPasswordDocument, { token: first, password: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(problems(expired)).toEqual([
      ['BAD_USER_INPUT', 'token', 'This link has expired: links work for 7 days. Ask your administrator to send you a new one.'],
    ]);
    jest.restoreAllMocks();
    expect((await admin.request(UsersAdminForceResetDocument, { userId: id })).errors).toEqual([]);
    const mails = await outboxFor('ada.brooks@test.heard');
    expect(mails.map((m) => m.subject)).toEqual(['You have been invited to Heard', 'Choose a new password for Heard']);
    expect(problems(await api.client().request(UsersAdminSetPasswordDocument, { token: first, password: NEW_PASSWORD }))).toEqual([
      ['BAD_USER_INPUT', 'token', 'This link is not valid. Ask your administrator to send you a new one.'],
    ]);
    expect((await api.client().request(UsersAdminSetPasswordDocument, { token: tokenIn(mails[1]?.body), password: NEW_PASSWORD })).errors).toEqual([]);
  });

  it('refuses bad invitations with 400 naming the field, and a taken email with CONFLICT', async () => {
    const base = { displayName: 'Lee Chan', email: 'lee.chan@test.heard', role: 'LA_MANAGER' as const, localAuthorityId: northshire, advocacyProviderId: null };
    const cases: Array<[Record<string, string | null>, Array<[string, string, string]>]> = [
      [{ displayName: ' ' }, [['BAD_USER_INPUT', 'displayName', 'Enter their full name.']]],
      [{ email: 'lee.chan' }, [['BAD_USER_INPUT', 'email', 'Enter an email address in the correct format, like name@example.org.']]],
      [{ localAuthorityId: null }, [['BAD_USER_INPUT', 'localAuthorityId', 'Select the local authority this manager works for.']]],
      [{ localAuthorityId: NOBODY }, [['BAD_USER_INPUT', 'localAuthorityId', 'Select a local authority from the list.']]],
      [{ role: 'ADVOCATE', localAuthorityId: null }, [['BAD_USER_INPUT', 'advocacyProviderId', 'Select the advocacy provider this advocate works for.']]],
      [
        { role: 'PROVIDER_MANAGER', localAuthorityId: null },
        [['BAD_USER_INPUT', 'advocacyProviderId', 'Select the advocacy provider this manager supervises.']],
      ],
      [{ email: DEMO.manager }, [['CONFLICT', 'email', 'There is already a user with the email manager@demo.heard.']]],
    ];
    for (const [change, expected] of cases) {
      const result = await admin.request(UsersAdminInviteDocument, { input: { ...base, ...change } as typeof base });
      expect(problems(result)).toEqual(expected);
      if (expected[0]?.[0] === 'BAD_USER_INPUT') expect(result.status).toBe(400);
    }
    expect(await outboxFor('lee.chan@test.heard')).toEqual([]);
  });

  it('changes a role only with the organisation the role needs, and ends the user’s sessions', async () => {
    const id = await activeUser('Mo Farah', 'mo.farah@test.heard');
    const mo = await signIn('mo.farah@test.heard', NEW_PASSWORD);
    expect(problems(await admin.request(UsersAdminChangeRoleDocument, { input: { userId: id, role: 'ADVOCATE' } }))).toEqual([
      ['BAD_USER_INPUT', 'advocacyProviderId', 'Select the advocacy provider this advocate works for.'],
    ]);
    expect(
      problems(await admin.request(UsersAdminChangeRoleDocument, { input: { userId: id, role: 'COMMISSIONER_STAFF', localAuthorityId: northshire } })),
    ).toEqual([['BAD_USER_INPUT', 'localAuthorityId', 'Only a local authority manager or data protection officer belongs to a local authority.']]);
    expect(problems(await admin.request(UsersAdminChangeRoleDocument, { input: { userId: id, role: 'COMMISSIONER_STAFF' } }))).toEqual([
      ['CONFLICT', 'role', 'Mo Farah already has that role and organisation.'],
    ]);
    const changed = await admin.request(UsersAdminChangeRoleDocument, { input: { userId: id, role: 'LA_MANAGER', localAuthorityId: northshire } });
    expect(changed.data?.changeUserRole).toMatchObject({ role: 'LA_MANAGER', localAuthority: { name: 'Northshire County Council' }, advocacyProvider: null });
    expect(problems(await mo.request(UsersAdminOrganisationsDocument))).toEqual([['UNAUTHENTICATED', undefined, 'Your session has ended. Sign in again.']]);
    const sessions: Array<{ end_reason: string }> = await api.dataSource.query(`SELECT end_reason FROM sessions WHERE user_id = $1`, [id]);
    expect(sessions).toEqual([{ end_reason: 'ROLE_CHANGED' }]);
    expect((await auditOf(id)).filter((a) => a.action === 'user.role_changed')).toEqual([
      {
        action: 'user.role_changed',
        actor: DEMO.admin,
        details: { fromRole: 'COMMISSIONER_STAFF', toRole: 'LA_MANAGER', localAuthorityId: northshire, advocacyProviderId: null },
      },
    ]);
  });

  it('deactivating ends every session at once and blocks sign-in; reactivating lets the user back in', async () => {
    const id = await activeUser('Kim Lowe', 'kim.lowe@test.heard');
    const tabs = [await signIn('kim.lowe@test.heard', NEW_PASSWORD), await signIn('kim.lowe@test.heard', NEW_PASSWORD)];
    const done = await admin.request(UsersAdminDeactivateDocument, { userId: id });
    expect(done.data?.deactivateUser).toMatchObject({ status: 'DEACTIVATED', allowedCommands: ['REACTIVATE'] });
    for (const tab of tabs) {
      expect(problems(await tab.request(UsersAdminOrganisationsDocument))).toEqual([['UNAUTHENTICATED', undefined, 'Your session has ended. Sign in again.']]);
    }
    const sessions: Array<{ end_reason: string }> = await api.dataSource.query(`SELECT end_reason FROM sessions WHERE user_id = $1 ORDER BY created_at`, [id]);
    expect(sessions).toEqual([{ end_reason: 'ACCOUNT_DISABLED' }, { end_reason: 'ACCOUNT_DISABLED' }]);
    expect(problems(await api.client().login('kim.lowe@test.heard', NEW_PASSWORD))).toEqual([
      ['UNAUTHENTICATED', undefined, 'Email or password is incorrect.'],
    ]);
    expect(problems(await admin.request(UsersAdminDeactivateDocument, { userId: id }))).toEqual([
      ['CONFLICT', 'userId', "Kim Lowe's account is already deactivated."],
    ]);
    expect((await admin.request(UsersAdminReactivateDocument, { userId: id })).data?.reactivateUser.status).toBe('ACTIVE');
    await signIn('kim.lowe@test.heard', NEW_PASSWORD);
    expect((await auditOf(id)).filter((a) => a.action.startsWith('user.')).map((a) => [a.action, a.details])).toEqual([
      ['user.invited', { role: 'COMMISSIONER_STAFF', localAuthorityId: null, advocacyProviderId: null }],
      ['user.deactivated', { sessionsEnded: 2 }],
      ['user.reactivated', {}],
    ]);
  });

  it('an administrator cannot deactivate themself, and an advocate with children keeps them until they are reassigned', async () => {
    const [me] = (await admin.request(UsersAdminListDocument, { filter: { role: 'ADMIN' } })).data?.users.users.filter((u) => u.email === DEMO.admin) ?? [];
    expect(me?.allowedCommands).toEqual([]);
    expect(problems(await admin.request(UsersAdminDeactivateDocument, { userId: me?.id ?? '' }))).toEqual([
      ['CONFLICT', 'userId', 'You cannot do this to your own account. Ask another administrator.'],
    ]);
    const [priya]: Array<{ id: string; active_caseload: number }> = await api.dataSource.query(
      `SELECT u.id, a.active_caseload FROM users u JOIN advocates a ON a.user_id = u.id WHERE u.email = $1`,
      [DEMO.advocate],
    );
    expect(priya?.active_caseload).toBeGreaterThan(1);
    expect(problems(await admin.request(UsersAdminDeactivateDocument, { userId: priya?.id ?? '' }))).toEqual([
      [
        'CONFLICT',
        'userId',
        `Priya Shah still advocates for ${priya?.active_caseload ?? 0} children. Reassign them in Allocation oversight (reason: the advocate has left) first.`,
      ],
    ]);
    const [after]: Array<{ user_active: boolean; advocate_active: boolean }> = await api.dataSource.query(
      `SELECT u.active AS user_active, a.active AS advocate_active FROM users u JOIN advocates a ON a.user_id = u.id WHERE u.email = $1`,
      [DEMO.advocate],
    );
    expect(after).toEqual({ user_active: true, advocate_active: true });
    expect(problems(await admin.request(UsersAdminDeactivateDocument, { userId: NOBODY }))).toEqual([
      ['NOT_FOUND', 'userId', 'There is no user with that id.'],
    ]);
    const badId = await admin.request(UsersAdminDeactivateDocument, { userId: 'not-an-id' });
    expect(badId.status).toBe(400);
    expect(problems(badId)).toEqual([['BAD_USER_INPUT', 'userId', 'Select a user from the list.']]);
  });

  it('unlocks an account locked after too many failed sign-ins', async () => {
    const id = await activeUser('Jo Hart', 'jo.hart@test.heard');
    for (let i = 0; i < 5; i += 1) await api.client().login('jo.hart@test.heard', 'wrong-password-here');
    expect((await api.client().login('jo.hart@test.heard', NEW_PASSWORD)).errors.map((e) => e.extensions?.code)).toEqual(['ACCOUNT_LOCKED']);
    const locked = (await admin.request(UsersAdminUserDocument, { id })).data?.managedUser;
    expect(locked).toMatchObject({ status: 'LOCKED', allowedCommands: ['CHANGE_ROLE', 'DEACTIVATE', 'UNLOCK', 'FORCE_PASSWORD_RESET'] });
    expect(locked?.lockedUntil).toEqual(expect.any(String));
    expect((await admin.request(UsersAdminUnlockDocument, { userId: id })).data?.unlockUser.status).toBe('ACTIVE');
    await signIn('jo.hart@test.heard', NEW_PASSWORD);
    expect(problems(await admin.request(UsersAdminUnlockDocument, { userId: id }))).toEqual([['CONFLICT', 'userId', "Jo Hart's account is not locked."]]);
    expect((await auditOf(id)).filter((a) => a.action === 'user.unlocked').map((a) => [a.actor, a.details?.['lockedUntil']])).toEqual([
      [DEMO.admin, locked?.lockedUntil],
    ]);
  });

  it('forcing a password reset ends the sessions, stops the old password and emails a link to choose a new one', async () => {
    const id = await activeUser('Nia Okoro', 'nia.okoro@test.heard');
    const nia = await signIn('nia.okoro@test.heard', NEW_PASSWORD);
    const reset = await admin.request(UsersAdminForceResetDocument, { userId: id });
    expect(reset.data?.forcePasswordReset.status).toBe('INVITED');
    expect(problems(await nia.request(UsersAdminOrganisationsDocument))).toEqual([['UNAUTHENTICATED', undefined, 'Your session has ended. Sign in again.']]);
    expect(problems(await api.client().login('nia.okoro@test.heard', NEW_PASSWORD))).toEqual([
      ['UNAUTHENTICATED', undefined, 'Email or password is incorrect.'],
    ]);
    const mails = await outboxFor('nia.okoro@test.heard');
    const token = tokenIn(mails[1]?.body);
    expect(mails[1]).toEqual({
      subject: 'Choose a new password for Heard',
      body:
        'Hello Nia Okoro,\n\nAn administrator has reset your Heard password, and you have been signed out everywhere.\n\n' +
        `Choose a new password here (the link works once, for 7 days): /set-password?token=${token}\n\nIf you did not expect this, tell your administrator.`,
    });
    expect((await api.client().request(UsersAdminSetPasswordDocument, { token, password: 'a-different-long-password' })).errors).toEqual([]);
    await signIn('nia.okoro@test.heard', 'a-different-long-password');
    const sessions: Array<{ end_reason: string | null }> = await api.dataSource.query(
      `SELECT end_reason FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(sessions).toEqual([{ end_reason: 'PASSWORD_RESET' }, { end_reason: null }]);
    expect((await auditOf(id)).map((a) => [a.action, a.details])).toEqual([
      ['user.invited', { role: 'COMMISSIONER_STAFF', localAuthorityId: null, advocacyProviderId: null }],
      ['auth.password_set', { link: 'INVITATION' }],
      ['user.password_reset_forced', { sessionsEnded: 1 }],
      // The old password, tried after the reset.
      ['auth.login_failed', { failures: 1 }],
      ['auth.password_set', { link: 'PASSWORD_RESET' }],
    ]);
  });

  it('two administrators deactivating the same user at once: one wins, the other gets CONFLICT', async () => {
    const id = await invite('Pat Quinn', 'pat.quinn@test.heard');
    const admins = [await signIn(DEMO.admin), await signIn(DEMO.admin)];
    const results = await fireAtOnce(admins, UsersAdminDeactivateDocument, { userId: id });
    expect(results.map((r) => (r.errors.length === 0 ? 'ok' : problems(r)[0])).sort()).toEqual([
      ['CONFLICT', 'userId', "Pat Quinn's account is already deactivated."],
      'ok',
    ]);
    expect((await auditOf(id)).filter((a) => a.action === 'user.deactivated')).toHaveLength(1);
  });

  it('lists users by name, filtered by role, organisation and status, a page at a time', async () => {
    await invite('Zed Adams', 'zed.adams@test.heard', 'LA_MANAGER');
    await invite('Yan Abbott', 'yan.abbott@test.heard', 'LA_MANAGER');
    const managers = await admin.request(UsersAdminListDocument, { filter: { role: 'LA_MANAGER', organisationId: northshire, status: 'INVITED' } });
    expect(managers.data?.users.users.every((u) => u.status === 'INVITED' && u.role === 'LA_MANAGER')).toBe(true);
    const onlyInvited = await admin.request(UsersAdminListDocument, { filter: { status: 'INVITED' } });
    expect(onlyInvited.data?.users.users.map((u) => u.status).filter((s) => s !== 'INVITED')).toEqual([]);
    const invited = managers.data?.users.users.filter((u) => ['zed.adams@test.heard', 'yan.abbott@test.heard'].includes(u.email));
    expect(invited?.map((u) => [u.displayName, u.status, u.lastSignInAt])).toEqual([
      ['Yan Abbott', 'INVITED', null],
      ['Zed Adams', 'INVITED', null],
    ]);
    const all = (await admin.request(UsersAdminListDocument, { filter: { role: 'LA_MANAGER', organisationId: northshire } })).data?.users;
    expect(all?.users.find((u) => u.email === DEMO.manager)).toMatchObject({
      displayName: 'Jordan Ellis',
      status: 'ACTIVE',
      localAuthority: { name: 'Northshire County Council' },
    });
    const [counted]: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    const page = (await admin.request(UsersAdminListDocument, { filter: { offset: 1, limit: 2 } })).data?.users;
    expect([page?.total, page?.offset, page?.limit, page?.users.length]).toEqual([counted?.n, 1, 2, 2]);
    const tooMany = await admin.request(UsersAdminListDocument, { filter: { limit: 500 } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Limit must be from 1 to 100']]);
    const lastSignIn = (await admin.request(UsersAdminListDocument, { filter: { role: 'ADMIN' } })).data?.users.users.find((u) => u.email === DEMO.admin);
    expect(lastSignIn?.lastSignInAt).toEqual(expect.any(String));
  });

  describe('no one but an administrator may administer users', () => {
    const operations: Array<[string, (userId: string) => (client: GraphqlTestClient) => Promise<GraphqlResponse<unknown>>]> = [
      ['users', () => call(UsersAdminListDocument, { filter: {} })],
      ['managedUser', (id) => call(UsersAdminUserDocument, { id })],
      ['userAdminOrganisations', () => call(UsersAdminOrganisationsDocument, {})],
      [
        'inviteUser',
        () => call(UsersAdminInviteDocument, { input: { displayName: 'Not Allowed', email: 'not.allowed@test.heard', role: 'COMMISSIONER_STAFF' } }),
      ],
      ['changeUserRole', (userId) => call(UsersAdminChangeRoleDocument, { input: { userId, role: 'ADMIN' } })],
      ['deactivateUser', (userId) => call(UsersAdminDeactivateDocument, { userId })],
      ['reactivateUser', (userId) => call(UsersAdminReactivateDocument, { userId })],
      ['unlockUser', (userId) => call(UsersAdminUnlockDocument, { userId })],
      ['forcePasswordReset', (userId) => call(UsersAdminForceResetDocument, { userId })],
    ];

    it.each([DEMO.advocate, DEMO.manager, DEMO.commissioner])('%s is refused FORBIDDEN for every operation, and nothing changes', async (email) => {
      const client = await signIn(email);
      const [target]: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [DEMO.manager2]);
      const outcomes: Array<[string, unknown]> = [];
      for (const [name, make] of operations) outcomes.push([name, (await make(target?.id ?? '')(client)).errors.map((e) => e.extensions?.code)]);
      expect(outcomes).toEqual(operations.map(([name]) => [name, ['FORBIDDEN']]));
      expect(await outboxFor('not.allowed@test.heard')).toEqual([]);
      const [manager2]: Array<{ role: string; active: boolean }> = await api.dataSource.query(`SELECT role, active FROM users WHERE email = $1`, [
        DEMO.manager2,
      ]);
      expect(manager2).toEqual({ role: 'LA_MANAGER', active: true });
    });
  });
});
