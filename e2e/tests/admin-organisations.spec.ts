import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';

/** The page fits a 390 px phone: nothing scrolls the whole page sideways. */
async function fitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an administrator adds a local authority and a member of its staff, then deactivates them', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signedIn(browser, 'admin@demo.heard');
  await page.getByRole('navigation').getByRole('link', { name: 'Local authorities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Local authorities' })).toBeVisible();
  await page.getByRole('button', { name: 'Add local authority' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter the local authority’s three-digit code');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Code').fill('871');
  await page.getByLabel('Name', { exact: true }).fill('Westvale Council');
  await page.getByRole('button', { name: 'Add local authority' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Westvale Council (871) is added.');
  await expect(page.getByRole('row').filter({ hasText: 'Westvale Council' }).getByRole('cell').first()).toHaveText('871');
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  await page.getByRole('navigation').getByRole('link', { name: 'LA staff' }).click();
  await page.getByLabel('Local authority').selectOption({ label: 'Westvale Council' });
  await page.getByRole('button', { name: 'Show staff' }).click();
  await expect(page.getByText('This local authority has no staff recorded yet.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Full name').fill('Ruth Evans');
  // No role is chosen for the admin: adding without one says what to choose, under the field.
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.locator('#role-error')).toHaveText('Error: Select whether they are a social worker or a team manager');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Team manager' });
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Ruth Evans is added.');
  await page.getByRole('button', { name: 'Deactivate Ruth Evans' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Ruth Evans is deactivated and will not chair meetings.');
  await expect(page.getByRole('row').filter({ hasText: 'Ruth Evans' }).getByRole('cell').nth(4)).toHaveText('Deactivated');
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);
});

test('an administrator sets an advocate’s employer and languages, and adds provider coverage', async ({ browser }) => {
  // Eleven axe scans, at two widths.
  test.setTimeout(90_000);
  const page = await signedIn(browser, 'admin@demo.heard');
  await expect(page.getByRole('link', { name: 'Advocacy providers' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Advocates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advocates' })).toBeVisible();
  const priya = page.getByRole('row').filter({ hasText: 'Priya Shah' });
  await expect(priya.getByRole('cell').nth(3)).toHaveText('English, Polish');
  await expect(priya.getByRole('cell').nth(4)).toHaveText('None');
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  await priya.getByRole('link', { name: 'Change Priya Shah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change Priya Shah' })).toBeVisible();
  await expect(page.getByText("An advocate employed by a local authority never advocates for that authority's children")).toBeVisible();

  // Priya advocates for Northshire's children: recording Northshire as her employer is refused, in words.
  await page.getByLabel('Local authority that also employs them').selectOption({ label: 'Northshire County Council' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problem).toContainText('Priya Shah advocates for');
  await expect(problem).toContainText("An advocate employed by an LA never advocates for that LA's children");
  expect(await seriousViolations(page)).toEqual([]);

  // Riverside's children are nobody's at Voices yet: Priya may be employed there.
  await page.getByLabel('Local authority that also employs them').selectOption({ label: 'Riverside City Council' });
  await page.getByLabel('Languages they speak').fill('Polish\n english , English\nUrdu');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText("Priya Shah's details are saved.");
  await expect(page.getByLabel('Languages they speak')).toHaveValue('Polish\nenglish\nUrdu');
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);

  await page.getByRole('link', { name: 'Back to advocates' }).click();
  const saved = page.getByRole('row').filter({ hasText: 'Priya Shah' });
  await expect(saved.getByRole('cell').nth(3)).toHaveText('Polish, english, Urdu');
  await expect(saved.getByRole('cell').nth(4)).toHaveText('Riverside City Council');

  await page.getByRole('navigation').getByRole('link', { name: 'Providers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advocacy providers' })).toBeVisible();
  const voices = page.getByRole('group', { name: 'Local authorities Voices Independent Advocacy covers' });
  // Westvale (added by the test before) has no children yet: covering it changes nobody's advocate, so later tests
  // still find Riverside uncovered.
  await expect(voices.getByLabel('Westvale Council')).not.toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsAPhone(page);
  await voices.getByLabel('Westvale Council').check();
  await page.getByRole('button', { name: 'Save coverage for Voices Independent Advocacy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    'Voices Independent Advocacy now covers Eastmoor Borough Council, Northshire County Council, Westvale Council.',
  );
  await expect(page.getByRole('row').filter({ hasText: 'Voices Independent Advocacy' }).getByRole('cell').nth(1)).toHaveText(
    'Eastmoor Borough Council, Northshire County Council, Westvale Council',
  );
  expect(await seriousViolations(page)).toEqual([]);

  // Ending Northshire's coverage is refused while Voices' advocates still represent its children.
  await voices.getByLabel('Northshire County Council').uncheck();
  await page.getByRole('button', { name: 'Save coverage for Voices Independent Advocacy' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Advocates of Voices Independent Advocacy still represent');
  expect(await seriousViolations(page)).toEqual([]);
});
