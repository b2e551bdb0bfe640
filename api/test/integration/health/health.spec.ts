import { startTestApp, type TestApp } from '../../support/test-app';

describe('GET /health', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('reports the database as reachable', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports 503 when the database is unreachable', async () => {
    await api.dataSource.destroy();
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'down' });
    await api.dataSource.initialize();
  });
});
