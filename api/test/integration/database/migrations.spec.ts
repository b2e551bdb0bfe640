import { startTestApp, type TestApp } from '../../support/test-app';

describe('database: migrations only, never synchronize', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('has applied every migration at start', async () => {
    expect(await api.dataSource.showMigrations()).toBe(false);
  });

  it('leaves nothing for the entities to change: migrations and entities agree', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('never synchronizes the schema from entities', () => {
    expect(api.dataSource.options.synchronize).toBe(false);
  });
});
