import { expect, test, type Page } from '@playwright/test';
import { PHONE, expectFits } from '../support/phone';
import { seriousViolations, signedIn } from '../support/sessions';

/** No sideways scrolling at 390 px, and no serious accessibility problem, at the phone's width. */
async function onPhonePassesAxe(page: Page): Promise<void> {
  await expectFits(page);
  expect(await seriousViolations(page)).toEqual([]);
}

test("a child's own page: on a phone the child sends a message; the advocate sees it with its reply clock", async ({ browser }) => {
  test.setTimeout(120_000);
  const message = `Can we talk about my school trip? ${Date.now()}`;
  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.getByRole('link', { name: 'Leo Nowak' }).first().click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Leo Nowak' })).toBeVisible();
  const childUrl = advocate.url();
  await advocate.getByRole('link', { name: "Print the child's ‘My advocate’ card" }).click();
  await expect(advocate.getByRole('heading', { level: 2, name: 'Your own page' })).toBeVisible();
  expect(await seriousViolations(advocate)).toEqual([]);

  await advocate.getByRole('button', { name: /^Make a (new )?secret link$/ }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    'Secret link made. Print the card now: the link cannot be shown again.',
  );
  await expect(advocate.getByRole('img', { name: 'QR code for your own page' })).toBeVisible();
  const link = (await advocate.locator('.channel-link').innerText()).trim();
  expect(link).toMatch(/\/c\/[A-Za-z0-9_-]{32}$/);
  expect(await seriousViolations(advocate)).toEqual([]);

  const child = await (await browser.newContext({ viewport: PHONE })).newPage();
  await child.goto(link);
  await expect(child.getByRole('heading', { level: 1, name: 'Talk to Priya' })).toBeVisible();
  await expect(child.locator('body')).not.toContainText('Leo');
  await expect(child.getByRole('navigation')).toHaveCount(0);
  await onPhonePassesAxe(child);

  await child.getByRole('button', { name: 'Send a message' }).click();
  await child.getByRole('button', { name: 'Send my message' }).click();
  await expect(child.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Write your message');
  await onPhonePassesAxe(child);

  await child.getByLabel('Your message', { exact: true }).fill(message);
  await child.getByRole('button', { name: 'Send my message' }).click();
  const confirmation = child.getByRole('status').filter({ hasText: 'Success' });
  await expect(confirmation).toContainText(/Your message has gone to Priya\. Priya will reply by \d{1,2}(:\d\d)?[ap]m on [A-Z][a-z]+day\./);
  await onPhonePassesAxe(child);

  await advocate.goto(childUrl);
  await expect(advocate.getByRole('heading', { level: 2, name: "Messages from the child's own page" })).toBeVisible();
  const sent = advocate.locator('.record').filter({ hasText: message });
  await expect(sent).toContainText('Reply due');
  await expect(sent).toContainText(/Reply by \d{1,2}(:\d\d)?[ap]m on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}: one working day after /);
  expect(await seriousViolations(advocate)).toEqual([]);

  await sent.getByLabel('How you replied').selectOption({ label: 'A call' });
  await sent.getByRole('button', { name: 'Mark as replied' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('Reply recorded: a call.');
  await expect(advocate.locator('.record').filter({ hasText: message })).toContainText('Replied');
  expect(await seriousViolations(advocate)).toEqual([]);

  // Stopping the link: the child's page then says, kindly, that it no longer works.
  await advocate.goto(`${childUrl}/card`);
  await advocate.getByRole('button', { name: 'Stop the link working' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('The secret link no longer works.');
  expect(await seriousViolations(advocate)).toEqual([]);
  await child.goto(link);
  await expect(child.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await expect(child.locator('main')).toContainText('Sorry, this link does not work any more.');
  await onPhonePassesAxe(child);
});
