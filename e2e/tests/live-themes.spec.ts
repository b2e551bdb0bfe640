import { expect, test } from '@playwright/test';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test('Commissioner staff read themes through the year by breakdown, with the early warnings', async ({ browser }) => {
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page).toHaveURL(/\/commissioner\/themes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Themes through the year' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Concerns advocates raised' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'England' }).first()).toBeVisible();
  // The chart's alternative: a table with the same caption, every theme and the total.
  const england = page.getByRole('table', { name: 'Concerns advocates raised by theme: England' });
  await expect(england.getByRole('row')).toHaveCount(15);
  await expect(england.getByRole('rowheader').last()).toHaveText('Total');
  await expect(page.getByRole('img', { name: /Concerns advocates raised by theme: England/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Rising themes this quarter' })).toBeVisible();
  await fitsAndPassesAxe(page);

  await page.getByLabel('By local authority').check();
  await expect(page.getByRole('heading', { level: 3, name: 'Northshire County Council' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Concerns advocates raised by theme: Eastmoor Borough Council' })).toBeVisible();
  await fitsAndPassesAxe(page);
});

test("an LA manager reads their own LA's themes only", async ({ browser }) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page).toHaveURL(/\/la\/themes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Themes through the year' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Concerns advocates raised by theme: Northshire County Council' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Northshire County Council', 'Northshire County Council']);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Rising themes this quarter' })).toHaveCount(0);
  await fitsAndPassesAxe(page);
});
