import { LoginMeDocument } from '@heard/graphql-types/testing';
import { formatLondonTime } from '@heard/domain';
import { Clock } from '../../../src/common/clock';
import { PasswordService } from '../../../src/modules/auth/password.service';
import { UserEntity } from '../../../src/modules/users/user.entity';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const ME = LoginMeDocument;

describe('auth: login, me, lockout', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it.each([
    [DEMO.advocate, 'ADVOCATE', 'Priya Shah'],
    [DEMO.manager, 'LA_MANAGER', 'Jordan Ellis'],
    [DEMO.commissioner, 'COMMISSIONER_STAFF', 'Alex Morgan'],
    [DEMO.admin, 'ADMIN', 'Chris Taylor'],
  ])('successful-login: %s signs in as %s and `me` names them', async (email, role, displayName) => {
    const client = api.client();
    const login = await client.login(email, DEMO.password);
    expect(login.errors).toEqual([]);
    const me = await client.request(ME);
    expect(me.data?.me).toMatchObject({ email, role, displayName });
  });

  it('successful-login: email is matched without regard to case or surrounding spaces', async () => {
    const login = await api.client().login('  Advocate@Demo.HEARD ', DEMO.password);
    expect(login.data?.login.user.email).toBe(DEMO.advocate);
  });

  it('successful-login: sets an httpOnly, SameSite=Strict refresh cookie scoped to /graphql, not Secure over http', async () => {
    const login = await api.client().login(DEMO.advocate, DEMO.password);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^heard_refresh=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/graphql');
    expect(cookie).not.toContain('Secure');
  });

  it('failing-login: a wrong password is refused with a clear message and code', async () => {
    const login = await api.client().login(DEMO.manager, 'wrong-password');
    expect(login.data).toBeNull();
    expect(login.errors).toEqual([expect.objectContaining({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } })]);
  });

  it('failing-login: an unknown email gets the same answer as a wrong password', async () => {
    const login = await api.client().login('nobody@demo.heard', DEMO.password);
    expect(login.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Email or password is incorrect.', 'UNAUTHENTICATED']]);
  });

  it('failing-login: empty fields are a user error, not a server error', async () => {
    const login = await api.client().login('', '');
    expect(login.status).toBe(400);
    expect(login.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['2026-06-01T13:50:00Z', '15:05 BST'],
    ['2026-12-01T13:50:00Z', '14:05 GMT'],
    ['2026-10-25T00:50:00Z', '01:05 GMT'],
  ])('failing-login: locked at %s, the message says when in London it unlocks (%s)', async (instant, until) => {
    const email = `lockout.${until.slice(0, 2)}${until.slice(3, 5)}@demo.heard`;
    await api.dataSource
      .getRepository(UserEntity)
      .insert({ email, displayName: 'Lockout London', role: 'ADMIN', passwordHash: await new PasswordService().hash('right-password') });
    const clock = jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(instant));
    try {
      const client = api.client();
      for (let attempt = 0; attempt < 5; attempt += 1) await client.login(email, 'wrong');
      const locked = await client.login(email, 'right-password');
      expect(locked.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['ACCOUNT_LOCKED', `This account is locked for 15 minutes after too many failed sign-in attempts. Try again after ${until}.`],
      ]);
    } finally {
      clock.mockRestore();
    }
  });

  it('failing-login: the account locks after 5 failures, even for the right password, and the lock is recorded', async () => {
    const email = 'lockout.test@demo.heard';
    await api.dataSource.getRepository(UserEntity).insert({
      email,
      displayName: 'Lockout Test',
      role: 'ADMIN',
      passwordHash: await new PasswordService().hash('right-password'),
    });
    const client = api.client();
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      codes.push((await client.login(email, 'wrong')).errors[0]?.extensions?.code);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED']);
    const locked = await client.login(email, 'right-password');
    expect(locked.errors[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const user = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ email });
    expect(user.lockedUntil).not.toBeNull();
    expect(locked.errors[0]?.message).toBe(
      `This account is locked for 15 minutes after too many failed sign-in attempts. Try again after ${formatLondonTime(user.lockedUntil ?? new Date(Number.NaN))}.`,
    );
    expect(locked.errors[0]?.message).toMatch(/ Try again after \d\d:\d\d (GMT|BST)\.$/);
    const audit = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`, [user.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.account_locked',
      'auth.login_refused_locked',
    ]);
  });

  it('failing-me: without a token `me` is refused as UNAUTHENTICATED', async () => {
    const me = await api.client().request(ME);
    expect(me.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['You need to sign in.', 'UNAUTHENTICATED']]);
  });

  it('failing-me: a forged token is refused', async () => {
    const client = api.client();
    client.accessToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const me = await client.request(ME);
    expect(me.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
