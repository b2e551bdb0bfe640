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
  // Past the server's grace for a double-submitted refresh token (10 s).
  await page.waitForTimeout(11_000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
