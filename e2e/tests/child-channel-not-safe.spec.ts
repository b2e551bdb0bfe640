import { expect, test } from '@playwright/test';
import { fitsAndPassesAxe, PHONE } from '../support/phone';
import { seriousViolations, signedIn } from '../support/sessions';

test('"I don\'t feel safe right now" on a phone shows Childline and 999 at once; the advocate sees an urgent message', async ({ browser }) => {
  test.setTimeout(120_000);
  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.getByRole('link', { name: 'Leo Nowak' }).first().click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Leo Nowak' })).toBeVisible();
  const childUrl = advocate.url();
  await advocate.getByRole('link', { name: "Print the child's ‘My advocate’ card" }).click();
  await advocate.getByRole('button', { name: /^Make a (new )?secret link$/ }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('Secret link made.');
  const link = (await advocate.locator('.channel-link').innerText()).trim();

  const child = await (await browser.newContext({ viewport: PHONE })).newPage();
  await child.goto(link);
  await expect(child.getByRole('heading', { level: 1, name: 'Talk to Priya' })).toBeVisible();
  await child.getByRole('button', { name: "I don't feel safe right now" }).click();
  const safety = child.getByRole('alert');
  await expect(safety.getByRole('heading', { level: 2 })).toHaveText('If you are in danger now, call 999');
  await expect(safety.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(safety.getByRole('link', { name: 'Childline: 0800 1111' })).toHaveAttribute('href', 'tel:08001111');
  await expect(safety).toContainText('We have told Priya. They will get in touch as soon as they can.');
  await fitsAndPassesAxe(child);
  await expect(child.locator('body')).not.toContainText('Leo');

  await advocate.goto(childUrl);
  await expect(advocate.getByRole('heading', { level: 2, name: "Messages from the child's own page" })).toBeVisible();
  const urgent = advocate.locator('.record').filter({ hasText: 'Does not feel safe right now' }).first();
  await expect(urgent.getByRole('heading', { level: 3 })).toContainText('Urgent');
  await expect(urgent).toContainText('Reply due');
  expect(await seriousViolations(advocate)).toEqual([]);
});
