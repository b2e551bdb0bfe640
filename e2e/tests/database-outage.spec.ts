import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';

const BANNER = "Heard can't reach its database. Nothing you've typed is lost. Retrying…";
const API_MESSAGE = "Heard can't reach its database just now. Nothing you typed has been lost; try again in a few seconds.";
const STAFF = 'Registered manager and one residential worker';
const RECORDS = 'Incident log';

/**
 * The API's answers while its database is down (api/test/integration/health/database-outage.spec.ts
 * shows the real API giving exactly these): GraphQL 503 SERVICE_UNAVAILABLE and /health 503.
 */
async function databaseDown(page: Page): Promise<void> {
  await page.route('**/graphql', (route) =>
    route.fulfill({
      status: 503,
      headers: { 'retry-after': '5' },
      contentType: 'application/json',
      body: JSON.stringify({ data: null, errors: [{ message: API_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
    }),
  );
  await page.route('**/health', (route) =>
    route.fulfill({
      status: 503,
      headers: { 'retry-after': '5' },
      contentType: 'application/json',
      body: JSON.stringify({ status: 'degraded', database: 'down' }),
    }),
  );
}

async function databaseBack(page: Page): Promise<void> {
  await page.unroute('**/graphql');
  await page.unroute('**/health');
}

test('while the database is down a calm banner says so and retries, the half-typed form keeps its text, and the banner goes when Heard is back', async ({
  browser,
}) => {
  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.getByRole('link', { name: 'My homes' }).click();
  await advocate.getByRole('link', { name: 'Oakfield House' }).click();
  await advocate.getByRole('link', { name: 'Start a visit report' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Visit report' })).toBeVisible();
  await advocate.setViewportSize({ width: 390, height: 844 });
  const status = advocate.getByRole('status').filter({ hasText: BANNER });
  await expect(status).toHaveCount(0);

  // Half-way through the form, the database goes away and the advocate presses Save draft.
  await advocate.getByLabel('Staff you spoke to').fill(STAFF);
  await advocate.getByLabel('Records you checked').fill(RECORDS);
  const url = advocate.url();
  await databaseDown(advocate);
  await advocate.getByRole('button', { name: 'Save draft' }).click();

  await expect(status).toBeVisible();
  await expect(status.getByRole('heading', { level: 2, name: 'Important' })).toBeVisible();
  await expect(advocate.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(API_MESSAGE);
  // Nothing navigated or reset: the typing is all still there, and focus was not taken from the page.
  expect(advocate.url()).toBe(url);
  await expect(advocate.getByLabel('Staff you spoke to')).toHaveValue(STAFF);
  await expect(advocate.getByLabel('Records you checked')).toHaveValue(RECORDS);
  // It keeps checking /health while the outage lasts.
  await advocate.waitForRequest((request) => request.url().endsWith('/health'));
  await expect(status).toBeVisible();
  expect(await advocate.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(advocate)).toEqual([]);

  // The database is back: the next check of /health finds it, the banner goes and the form is as it was.
  await databaseBack(advocate);
  await expect(status).toHaveCount(0, { timeout: 20_000 });
  await expect(advocate.getByLabel('Staff you spoke to')).toHaveValue(STAFF);
  await expect(advocate.getByLabel('Records you checked')).toHaveValue(RECORDS);
  await expect(advocate.getByRole('heading', { level: 1, name: 'Visit report' })).toBeVisible();
  expect(await seriousViolations(advocate)).toEqual([]);
});
