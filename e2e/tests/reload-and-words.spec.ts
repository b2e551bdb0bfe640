import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';

/** Resolves when the page sends its refresh request (the one a reload aborts). */
function refreshSent(page: Page): Promise<unknown> {
  return page.waitForRequest((request) => request.url().endsWith('/graphql') && (request.postData() ?? '').includes('refreshSession'));
}

test('several quick reloads straight after signing in, then one after the grace, keep the user signed in on the page', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Amelia Hart' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  const url = page.url();
  expect(await seriousViolations(page)).toEqual([]);

  // Each reload interrupts the refresh the page before it had just sent, after the server may have rotated the cookie.
  for (let i = 0; i < 3; i++) {
    const sent = refreshSent(page);
    await page.reload({ waitUntil: 'commit' });
    await sent;
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Past the server's grace for a double-submitted refresh token (10 s).
  await page.waitForTimeout(11_000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the report page is titled with the report it shows', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await page.getByRole('link', { name: 'Annual report' }).click();
  await expect(page).toHaveTitle('Annual advocacy report – Heard');
  await page.getByLabel('Reporting year', { exact: true }).selectOption({ label: '1 April 2024 to 31 March 2025' });
  await page.getByRole('button', { name: 'Generate report' }).click();
  await expect(page.getByRole('heading', { name: 'Report generated' })).toBeVisible({ timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual advocacy report' })).toBeVisible();
  await expect(page).toHaveTitle('Annual advocacy report, 1 April 2024 to 31 March 2025 – Heard');
  expect(await seriousViolations(page, 'iframe.report-frame')).toEqual([]);
});

test('the deadline explanation of an offer gives its dates in UK form', async ({ browser }) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Amelia Hart' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  const explanations = await page.locator('.record .hint').allTextContents();
  const dueExplanations = explanations.filter((text) => text.includes('working day'));
  expect(dueExplanations.length).toBeGreaterThan(0);
  for (const text of dueExplanations) {
    expect(text.trim()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}: \d+ working days? after \d{1,2} [A-Z][a-z]+ \d{4}, /);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }
  expect(await seriousViolations(page)).toEqual([]);
});
