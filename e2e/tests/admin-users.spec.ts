import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';

/** The page fits a 390 px phone: nothing makes it scroll sideways. */
async function fitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an administrator invites a user, finds them in the list and deactivates them after confirming', async ({ browser }) => {
  // Seven axe scans and seven phone-width checks.
  test.setTimeout(90_000);
  const page = await signedIn(browser, 'admin@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Platform administration' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Users, by name' });
  await expect(table.getByRole('row', { name: /Jordan Ellis/ })).toContainText('Northshire County Council');
  await expect(page).toHaveTitle('Users – Heard');
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  // The invitation form: nothing chosen, then every problem in the summary and beside its field.
  await page.getByRole('link', { name: 'Invite a user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Enter their full name.', 'Enter their email address.', 'Select their role']);
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  await page.getByLabel('Full name').fill('Sam Jones');
  await page.getByLabel('Email address').fill('sam.jones@e2e.heard');
  await page.getByRole('radio', { name: 'Local authority manager' }).check();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Select the local authority this manager works for.']);
  await page.getByLabel('Local authority', { exact: true }).selectOption({ label: 'Northshire County Council' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Send invitation' }).click();

  // Their page, with the confirmation.
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Jones' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    'Invitation sent to sam.jones@e2e.heard. Sam Jones can sign in once they have chosen a password.',
  );
  await expect(page.getByRole('definition').filter({ hasText: 'Invited, no password yet' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  await page.getByRole('link', { name: 'Back to users' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Invited, no password yet' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table.getByRole('row', { name: /Sam Jones/ })).toContainText('Local authority manager');
  await expect(table.getByRole('row', { name: /Jordan Ellis/ })).toHaveCount(0);
  await table.getByRole('link', { name: 'Sam Jones' }).click();

  // Deactivating asks first, then says what happened.
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByRole('heading', { name: 'Deactivate account?' })).toBeFocused();
  await expect(page.getByText('Sam Jones will be signed out everywhere at once')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);
  await page.getByRole('button', { name: 'Yes, deactivate account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    "Sam Jones's account is deactivated. They have been signed out everywhere.",
  );
  await expect(page.getByRole('definition').filter({ hasText: 'Deactivated' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactivate account' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);
});

test('the administrator cannot change their own account', async ({ browser }) => {
  const page = await signedIn(browser, 'admin@demo.heard');
  await page.goto('/admin/users');
  await page.getByRole('table', { name: 'Users, by name' }).getByRole('link', { name: 'Chris Taylor' }).click();
  await expect(page.getByText('This is your own account: another administrator manages it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toHaveCount(0);
});

test('the set-password page says when a link does not work', async ({ page }) => {
  await page.goto('/set-password?token=not-a-real-link');
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(page).toHaveTitle('Set your password – Heard');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set password' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Your password must be at least 12 characters.']);
  await page.getByLabel('New password').fill('a-long-new-password');
  await page.getByLabel('Type the password again').fill('a-long-new-password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(summary.getByRole('link')).toHaveText(['This link is not valid. Ask your administrator to send you a new one.']);
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);
});
