import { SessionEntity } from '../../../src/modules/auth/session.entity';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const ME = 'query { me { email } }';
const REFRESH = 'mutation { refreshSession { accessToken user { email role } } }';
const LOGOUT = 'mutation { logout }';

describe('auth: refresh, logout, idle expiry', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('successful-refresh: the cookie yields a new access token and is rotated; the old cookie stops working', async () => {
    const client = api.client();
    await client.login(DEMO.commissioner, DEMO.password);
    const oldCookie = client.cookie;
    const refreshed = await client.request<{ refreshSession: { accessToken: string; user: { email: string; role: string } } }>(REFRESH);
    expect(refreshed.data?.refreshSession.user).toEqual({ email: DEMO.commissioner, role: 'COMMISSIONER_STAFF' });
    expect(client.cookie).not.toBe(oldCookie);
    const replay = api.client();
    replay.cookie = oldCookie;
    const refused = await replay.request(REFRESH);
    expect(refused.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Your session has ended. Sign in again.', 'UNAUTHENTICATED'],
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
    const out = await client.request<{ logout: boolean }>(LOGOUT);
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
    expect((await client.request<{ me: { email: string } }>(ME)).data).toEqual({ me: { email: DEMO.admin } });
  });
});
