import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { londonDay } from '../support/london-days';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test('a Commissioner puts a theme to a provider and records the answer it sent', async ({ browser }) => {
  test.setTimeout(90_000);
  const question = `Why are children moved between your homes so often? (${Date.now()})`;

  const commissioner = await signedIn(browser, 'commissioner@demo.heard');
  await commissioner.goto('/commissioner/theme-requests/new');
  await expect(commissioner.getByRole('heading', { name: 'Put a theme' })).toBeVisible();
  await commissioner.getByLabel('A provider').check();
  const provider = commissioner.getByLabel('Provider', { exact: true });
  await expect(provider).toBeVisible();
  await commissioner.getByRole('button', { name: 'Put the theme' }).click();
  await expect(commissioner.getByRole('alert')).toContainText('Choose a provider from the list');
  await fitsAndPassesAxe(commissioner);

  await expect(provider.locator('option')).not.toHaveCount(1);
  const providerName = (await provider.locator('option').nth(1).textContent())?.trim() ?? '';
  await provider.selectOption({ label: providerName });
  await commissioner.getByLabel('Theme', { exact: true }).selectOption({ label: 'Placement stability' });
  await commissioner.getByLabel('What you are asking the provider').fill(question);
  await commissioner.getByRole('button', { name: 'Put the theme' }).click();
  await expect(commissioner.locator('.notification-banner--success')).toContainText(`Placement stability put to ${providerName}. It must be answered by`);
  await commissioner.getByRole('link', { name: 'See the theme you put' }).click();
  await expect(commissioner.getByTestId('theme-status')).toHaveText('Awaiting answer');
  await expect(commissioner.getByText(question)).toBeVisible();

  await expect(commissioner.getByRole('heading', { name: 'Record the provider’s answer' })).toBeVisible();
  await commissioner.getByLabel('What the provider found').fill('Moves followed a shortage of staff at two homes.');
  await commissioner.getByLabel('What the provider will do').fill('Recruit two registered managers.');
  await fillDate(commissioner, 'By when', londonDay(60));
  await fillDate(commissioner, 'Date the answer was received', londonDay(1));
  await commissioner.getByRole('button', { name: 'Record the answer' }).click();
  await expect(commissioner.getByRole('alert')).toContainText('The date the answer was received must be today or in the past');
  await fillDate(commissioner, 'Date the answer was received', londonDay(0));
  await commissioner.getByRole('button', { name: 'Record the answer' }).click();
  await expect(commissioner.locator('.notification-banner--success')).toContainText('The provider’s answer has been recorded.');
  await expect(commissioner.getByTestId('theme-status')).toHaveText('Answered on time');
  await expect(commissioner.getByRole('heading', { name: 'The provider’s answer' })).toBeVisible();
  await fitsAndPassesAxe(commissioner);
});
