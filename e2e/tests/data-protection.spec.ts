import { expect, test } from '@playwright/test';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test('the data protection officer finds a child, holds their record, and sees who has seen it between two dates', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signedIn(browser, 'dpo@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: "Children's records" })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Northshire' })).toBeVisible();
  await fitsAndPassesAxe(page);

  await page.getByLabel('Name or LA reference').fill('Leo Nowak');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 child in Northshire County Council.')).toBeVisible();
  await page.getByRole('link', { name: 'Leo Nowak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leo Nowak' })).toBeVisible();
  const keptUntil = page.locator('.summary-list__row').filter({ hasText: 'Record kept until' }).getByRole('definition');
  await expect(keptUntil).toContainText("the 75th anniversary of the child's birth");
  await fitsAndPassesAxe(page);

  await page.getByLabel('Why the record must be kept (legal hold)').fill('A subject access request is being answered');
  await page.getByRole('button', { name: 'Place a legal hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Legal hold placed. The record will be kept until the hold is lifted.' })).toBeVisible();
  await expect(keptUntil).toContainText('Until the legal hold is lifted');
  await page.getByLabel('Why the legal hold can be lifted').fill('The request has been answered');
  await page.getByRole('button', { name: 'Lift the legal hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Legal hold lifted.' })).toBeVisible();

  await page.getByRole('link', { name: 'Who has seen this record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who has seen this record' })).toBeVisible();
  await page.getByText('Change the dates shown').click();
  const from = page.getByRole('group', { name: 'From' });
  await from.getByLabel('Day').fill('31');
  await from.getByLabel('Month').fill('2');
  await from.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'From must be a real date' })).toBeVisible();
  await from.getByLabel('Day').fill('1');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page).toHaveURL(/fromOn=2026-02-01/);
  await expect(page.getByText(/from 1 February 2026 to/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Morgan Hughes \(council's data protection officer\)/ })).toBeVisible();
  await fitsAndPassesAxe(page);
  await page.context().close();
});
