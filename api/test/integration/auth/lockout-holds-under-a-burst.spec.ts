import { LockoutHoldsUnderABurstLoginDocument } from '@heard/graphql-types/testing';
import { PasswordService } from '../../../src/modules/auth/password.service';
import { UserEntity } from '../../../src/modules/users/user.entity';
import { startTestApp, type TestApp } from '../../support/test-app';

const LOGIN = LockoutHoldsUnderABurstLoginDocument;

interface AuditRow {
  action: string;
  outcome: string;
  count: number;
}

/**
 * LOGIN_MAX_FAILURES (5) is a hard limit on guesses checked against the hash, even when the guesses
 * arrive together from many addresses (TRUST_PROXY and a distinct X-Forwarded-For per request, so the
 * per-address rate limiter never steps in).
 */
describe('auth: the lockout holds under a burst of guesses', () => {
  let api: TestApp;
  let passwords: PasswordService;

  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '10' });
    passwords = api.app.get(PasswordService);
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  async function newUser(email: string): Promise<string> {
    const { identifiers } = await api.dataSource.getRepository(UserEntity).insert({
      email,
      displayName: 'Burst Test',
      role: 'ADMIN',
      passwordHash: await passwords.hash('right-password'),
    });
    return String(identifiers[0]?.['id']);
  }

  function attempt(email: string, password: string, address: string): Promise<string | undefined> {
    return api
      .client()
      .request(LOGIN, { email, password }, { 'x-forwarded-for': address })
      .then((response) => response.errors[0]?.extensions?.code ?? (response.data?.login.accessToken === undefined ? 'NO_TOKEN' : 'SIGNED_IN'));
  }

  function tally(codes: Array<string | undefined>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const code of codes) out[code ?? 'none'] = (out[code ?? 'none'] ?? 0) + 1;
    return out;
  }

  async function auditOf(userId: string): Promise<AuditRow[]> {
    return (await api.dataSource.query(
      `SELECT action, outcome, count(*)::int AS count FROM audit_log WHERE entity = 'user' AND entity_id = $1 GROUP BY action, outcome ORDER BY action`,
      [userId],
    )) as AuditRow[];
  }

  it('failing-login: 30 wrong passwords at once from 30 addresses: exactly 5 are checked, the other 25 refused unchecked as locked, then the right one too', async () => {
    const email = 'burst.wrong@lockout.test';
    const userId = await newUser(email);
    const verify = jest.spyOn(passwords, 'verify');

    const codes = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `wrong-${i}`, `203.0.113.${i + 1}`)));

    expect(verify).toHaveBeenCalledTimes(5);
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 4, ACCOUNT_LOCKED: 26 });
    expect(await attempt(email, 'right-password', '198.51.100.1')).toBe('ACCOUNT_LOCKED');
    expect(verify).toHaveBeenCalledTimes(5);
    expect(await auditOf(userId)).toEqual([
      { action: 'auth.account_locked', outcome: 'REFUSED', count: 1 },
      { action: 'auth.login_failed', outcome: 'REFUSED', count: 4 },
      { action: 'auth.login_refused_locked', outcome: 'REFUSED', count: 26 },
    ]);
    const user = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    expect(user.lockedUntil).not.toBeNull();
  });

  it('successful-login: 24 right passwords at once for one account all sign in (none is refused while others are checked)', async () => {
    const email = 'burst.right@lockout.test';
    const userId = await newUser(email);
    const verify = jest.spyOn(passwords, 'verify');

    const codes = await Promise.all(Array.from({ length: 24 }, (_, i) => attempt(email, 'right-password', `203.0.113.${i + 101}`)));

    expect(tally(codes)).toEqual({ SIGNED_IN: 24 });
    expect(verify).toHaveBeenCalledTimes(24);
    expect(await auditOf(userId)).toEqual([]);
    const user = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    expect([user.failedLoginCount, user.lockedUntil]).toEqual([0, null]);
  });

  it('successful-login: once the lock has ended, a wrong guess is the first of a new run and the right one signs in and resets it', async () => {
    const email = 'burst.lock-ended@lockout.test';
    const userId = await newUser(email);
    const users = api.dataSource.getRepository(UserEntity);
    await users.update({ id: userId }, { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 60_000) });
    const state = async (): Promise<[number, Date | null]> => {
      const user = await users.findOneByOrFail({ id: userId });
      return [user.failedLoginCount, user.lockedUntil];
    };

    expect(await attempt(email, 'wrong', '198.51.100.10')).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual([1, null]);
    expect(await attempt(email, 'right-password', '198.51.100.10')).toBe('SIGNED_IN');
    expect(await state()).toEqual([0, null]);
  });

  it('failing-login: one address still meets the per-address limit first (10 a minute here)', async () => {
    const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`nobody${i}@lockout.test`, 'a-guess', '198.51.100.77')));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 2 });
  });
});
