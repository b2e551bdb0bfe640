import { SessionsLogoutDocument, SessionsMeDocument, SessionsRefreshDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { SessionEntity } from '../../../src/modules/auth/session.entity';
import { TokensService } from '../../../src/modules/auth/tokens.service';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const ME = SessionsMeDocument;
const REFRESH = SessionsRefreshDocument;
const LOGOUT = SessionsLogoutDocument;

describe('auth: refresh, logout, idle expiry', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const sessionOf = async (cookie: string | undefined): Promise<SessionEntity | null> =>
    api.dataSource.getRepository(SessionEntity).findOneBy({ refreshTokenHash: api.app.get(TokensService).hashRefreshToken(cookie?.split('=')[1] ?? '') });

  it('successful-refresh: the cookie yields a new access token and is rotated', async () => {
    const client = api.client();
    await client.login(DEMO.commissioner, DEMO.password);
    const oldCookie = client.cookie;
    const refreshed = await client.request(REFRESH);
    expect(refreshed.data?.refreshSession.user).toEqual({ email: DEMO.commissioner, role: 'COMMISSIONER_STAFF' });
    expect(client.cookie).not.toBe(oldCookie);
    expect((await client.request(REFRESH)).errors).toEqual([]);
  });

  it('failing-refresh: replaying a rotated cookie after the grace ends the whole session, newest cookie and access token included', async () => {
    const client = api.client();
    await client.login(DEMO.commissioner, DEMO.password);
    const oldCookie = client.cookie;
    const refreshed = await client.request(REFRESH);
    client.accessToken = refreshed.data?.refreshSession.accessToken;
    const session = await sessionOf(client.cookie);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 11_000));
    const replay = api.client();
    replay.cookie = oldCookie;
    const refused = await replay.request(REFRESH);
    expect(refused.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Your session has ended. Sign in again.', 'UNAUTHENTICATED']]);
    expect(refused.headers.get('set-cookie')).toMatch(/^heard_refresh=;/);
    expect((await client.request(ME)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
    ]);
    expect((await client.request(REFRESH)).errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
    ]);
    const ended = await api.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: session?.id ?? '' });
    expect(ended.endReason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('failing-refresh: a cookie two rotations old is a replay even at once, and ends the session', async () => {
    const client = api.client();
    await client.login(DEMO.commissioner, DEMO.password);
    const oldest = client.cookie;
    expect((await client.request(REFRESH)).errors).toEqual([]);
    expect((await client.request(REFRESH)).errors).toEqual([]);
    const session = await sessionOf(client.cookie);
    const replay = api.client();
    replay.cookie = oldest;
    expect((await replay.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await client.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const audit = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE entity = 'session' AND entity_id = $1 ORDER BY id`, [session?.id]);
    expect(audit).toEqual([
      { action: 'auth.login', details: null },
      { action: 'auth.refresh', details: null },
      { action: 'auth.refresh', details: null },
      { action: 'auth.session_ended', details: { reason: 'REFRESH_TOKEN_REUSED' } },
    ]);
  });

  it('successful-refresh: two refreshes at once with the same cookie: one rotates it, the other (a double-submit) gets a token and the same rotated cookie', async () => {
    const client = api.client();
    await client.login(DEMO.manager, DEMO.password);
    const [first, second] = [api.client(), api.client()];
    first.cookie = client.cookie;
    second.cookie = client.cookie;
    const results = await Promise.all([first.request(REFRESH), second.request(REFRESH)]);
    expect(results.map((r) => r.errors)).toEqual([[], []]);
    const cookies = results.map((r) => r.headers.get('set-cookie')).filter((c): c is string => c !== null);
    expect(cookies.length).toBe(2);
    const rotated = cookies[0]?.split(';')[0];
    expect(cookies[1]?.split(';')[0]).toBe(rotated);
    expect(rotated).not.toBe(client.cookie);
    const session = await sessionOf(rotated);
    expect(session?.revokedAt).toBeNull();
    const used: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM used_refresh_tokens WHERE session_id = $1`, [session?.id]);
    expect(used).toEqual([{ n: 1 }]);
    for (const result of results) {
      const caller = api.client();
      caller.accessToken = result.data?.refreshSession.accessToken;
      expect((await caller.request(ME)).data).toEqual({ me: { email: DEMO.manager } });
    }
    const next = api.client();
    next.cookie = rotated;
    expect((await next.request(REFRESH)).errors).toEqual([]);
    const audit = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE entity = 'session' AND entity_id = $1 ORDER BY id`, [session?.id]);
    expect(audit).toEqual([
      { action: 'auth.login', details: null },
      { action: 'auth.refresh', details: null },
      { action: 'auth.refresh', details: { grace: true } },
      { action: 'auth.refresh', details: null },
    ]);
  });

  it('successful-refresh: quick reloads whose rotation was lost all converge on the current cookie, which works after the grace', async () => {
    const clock = jest.spyOn(api.app.get(Clock), 'now');
    const start = Date.now();
    clock.mockReturnValue(new Date(start));
    const browser = api.client();
    await browser.login(DEMO.manager, DEMO.password);
    const first = browser.cookie;
    // A reload aborts the refresh after the server rotated the token: the browser never sees the new cookie.
    const aborted = api.client();
    aborted.cookie = first;
    const rotated = (await aborted.request(REFRESH)).headers.get('set-cookie')?.split(';')[0];
    expect(rotated).not.toBe(first);
    clock.mockReturnValue(new Date(start + 2_000));
    const graced = await browser.request(REFRESH);
    expect(graced.errors).toEqual([]);
    expect(browser.cookie).toBe(rotated);
    const racing = api.client();
    racing.cookie = first;
    expect((await racing.request(REFRESH)).errors).toEqual([]);
    expect(racing.cookie).toBe(rotated);
    clock.mockReturnValue(new Date(start + 13_000));
    const later = await browser.request(REFRESH);
    expect(later.errors).toEqual([]);
    expect(later.data?.refreshSession.user).toEqual({ email: DEMO.manager, role: 'LA_MANAGER' });
    const session = await sessionOf(browser.cookie);
    expect(session?.revokedAt).toBeNull();
    // The token rotated away is still a replay once the grace has passed.
    const replay = api.client();
    replay.cookie = first;
    expect((await replay.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const audit = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE entity = 'session' AND entity_id = $1 ORDER BY id`, [session?.id]);
    expect(audit).toEqual([
      { action: 'auth.login', details: null },
      { action: 'auth.refresh', details: null },
      { action: 'auth.refresh', details: { grace: true } },
      { action: 'auth.refresh', details: { grace: true } },
      { action: 'auth.refresh', details: null },
      { action: 'auth.session_ended', details: { reason: 'REFRESH_TOKEN_REUSED' } },
    ]);
  });

  it('failing-refresh: without a cookie refreshSession is refused', async () => {
    const refused = await api.client().request(REFRESH);
    expect(refused.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['You are not signed in.', 'UNAUTHENTICATED']]);
  });

  it('successful-logout: ends the session, so both the access token and the cookie stop working', async () => {
    const client = api.client();
    await client.login(DEMO.advocate, DEMO.password);
    const cookie = client.cookie;
    const out = await client.request(LOGOUT);
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/^heard_refresh=;/);
    const me = await client.request(ME);
    expect(me.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const again = api.client();
    again.cookie = cookie;
    expect((await again.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('failing-idle: after 30 idle minutes the session expires for both the token and the cookie', async () => {
    const client = api.client();
    await client.login(DEMO.manager, DEMO.password);
    expect((await client.request(ME)).errors).toEqual([]);
    const sessions = api.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOneOrFail({ where: { user: { email: DEMO.manager } }, order: { createdAt: 'DESC' } });
    await sessions.update({ id: session.id }, { lastActivityAt: new Date(Date.now() - 31 * 60_000) });
    const me = await client.request(ME);
    expect(me.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session expired after 30 minutes without activity. Sign in again.', 'UNAUTHENTICATED'],
    ]);
    expect((await client.request(REFRESH)).errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('successful-idle: activity within 30 minutes keeps the session alive', async () => {
    const client = api.client();
    await client.login(DEMO.admin, DEMO.password);
    const sessions = api.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOneOrFail({ where: { user: { email: DEMO.admin } }, order: { createdAt: 'DESC' } });
    await sessions.update({ id: session.id }, { lastActivityAt: new Date(Date.now() - 29 * 60_000) });
    expect((await client.request(ME)).data).toEqual({ me: { email: DEMO.admin } });
  });
});
