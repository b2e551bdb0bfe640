import { createTestDatabase, type TestDatabase } from './test-database';

declare global {
  var heardTestDatabase: TestDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  globalThis.heardTestDatabase = database;
  process.env['HEARD_TEST_DATABASE_URL'] = database.url;
  process.env['HEARD_TEST_ADMIN_URL'] = database.adminUrl;
}
