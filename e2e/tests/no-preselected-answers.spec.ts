import { expect, test, type Page } from '@playwright/test';
import { dateInput, fillDate, typeDateParts } from '../support/date-input';
import { signedIn } from '../support/sessions';
import { fitsAndPassesAxe } from '../support/phone';

const problems = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('the trigger form chooses nothing for the manager and reveals each answer’s fields once chosen', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Record an event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a trigger event' })).toBeVisible();
  const whatHappened = page.getByRole('group', { name: 'What happened?', exact: true });
  const whichChild = page.getByRole('group', { name: 'Which child?', exact: true });
  await expect(whatHappened.getByRole('radio')).toHaveCount(3);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByLabel('Your reference for the child', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Child', { exact: true })).toHaveCount(0);
  await fitsAndPassesAxe(page);

  await page.getByRole('button', { name: 'Record event' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(['Select what happened', 'Select whether the child is new to Heard or already known']);
  await expect(whatHappened).toContainText('Error: Select what happened');
  await expect(whichChild).toContainText('Error: Select whether the child is new to Heard or already known');
  await problems(page).getByRole('link', { name: 'Select what happened' }).click();
  await expect(page.getByLabel('Entered care', { exact: true })).toBeFocused();
  await problems(page).getByRole('link', { name: 'Select whether the child is new to Heard or already known' }).click();
  await expect(page.getByLabel('A child new to Heard', { exact: true })).toBeFocused();
  await fitsAndPassesAxe(page);

  await page.getByLabel('Care proceedings started', { exact: true }).check();
  await page.getByLabel('A child new to Heard', { exact: true }).check();
  await expect(page.getByLabel('Your reference for the child', { exact: true })).toBeVisible();
  await expect(dateInput(page, 'Date of birth').getByLabel('Day', { exact: true })).toHaveAttribute('autocomplete', 'bday-day');
  await fitsAndPassesAxe(page);

  // Dates that are not real are named under their own boxes, and the summary links to the day box.
  await typeDateParts(page, 'Date of the event', '30', '2', '2026');
  await page.getByLabel('Your reference for the child', { exact: true }).fill(`NP-${Date.now()}`);
  await page.getByLabel('Given name', { exact: true }).fill('Sky');
  await page.getByLabel('Family name', { exact: true }).fill('Unreal');
  await typeDateParts(page, 'Date of birth', '31', '4', '2015');
  await page.getByRole('button', { name: 'Record event' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(['Date of the event must be a real date', 'Date of birth must be a real date']);
  await expect(dateInput(page, 'Date of the event')).toContainText('Error: Date of the event must be a real date');
  await expect(dateInput(page, 'Date of birth')).toContainText('Error: Date of birth must be a real date');
  await expect(problems(page).getByRole('link', { name: 'Date of the event must be a real date' })).toHaveAttribute('href', '#occurredOn');
  await problems(page).getByRole('link', { name: 'Date of birth must be a real date' }).click();
  await expect(dateInput(page, 'Date of birth').getByLabel('Day', { exact: true })).toBeFocused();
  await fitsAndPassesAxe(page);

  // A year without its month is named too.
  await typeDateParts(page, 'Date of the event', '3', '', '2026');
  await page.getByRole('button', { name: 'Record event' }).click();
  await expect(dateInput(page, 'Date of the event')).toContainText('Error: Date of the event must include a month');

  // The other answer shows its own field instead; nothing is recorded by this test.
  await page.getByLabel('A child already in Heard', { exact: true }).check();
  await expect(page.getByLabel('Your reference for the child', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Child', { exact: true })).toBeVisible();
  await fitsAndPassesAxe(page);
});

test('Commissioner staff search by a date of birth typed as day, month and year', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation oversight' })).toBeVisible();
  await typeDateParts(page, 'Date of birth', '30', '2', '2019');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(['Date of birth must be a real date']);
  await expect(dateInput(page, 'Date of birth')).toContainText('Error: Date of birth must be a real date');
  await fitsAndPassesAxe(page);

  await fillDate(page, 'Date of birth', '2019-05-25');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table', { name: 'Children matching your search' }).getByRole('row').filter({ hasText: 'Kai Mensah' })).toContainText(
    '25 May 2019',
  );
  await fitsAndPassesAxe(page);
});

test('an administrator marking an advocate away gives a real last day, in day, month and year boxes', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, 'admin@demo.heard');
  await page.getByRole('navigation').getByRole('link', { name: 'Advocates' }).click();
  await page.getByRole('row').filter({ hasText: 'Tom Okafor' }).getByRole('link', { name: 'Change Tom Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change Tom Okafor' })).toBeVisible();
  await expect(page.getByLabel('Available', { exact: true })).toBeChecked();
  await expect(dateInput(page, 'Away up to and including')).toHaveCount(0);

  await page.getByLabel('Away', { exact: true }).check();
  await typeDateParts(page, 'Away up to and including', '30', '2', '2099');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(['The date they are away until must be a real date']);
  await expect(dateInput(page, 'Away up to and including')).toContainText('Error: The date they are away until must be a real date');
  await fitsAndPassesAxe(page);
  // Not saved: Tom stays available for the specs that follow.
});
