import { expect, test } from '@playwright/test';
import { ukLongDate } from '@heard/domain';
import { londonDay } from '../support/london-days';
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
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Northshire County Council', 'Northshire County Council', 'Northshire County Council']);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Rising themes this quarter' })).toHaveCount(0);
  await fitsAndPassesAxe(page);
});

test('the themes dashboard counts the dates chosen, kept in the address through reload and back', async ({ browser }) => {
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '“You said, we did”: what children said at their meetings' })).toBeVisible();
  const fill = async (legend: string, iso: string) => {
    const [year = '', month = '', day = ''] = iso.split('-');
    const group = page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(String(Number(day)));
    await group.getByLabel('Month').fill(String(Number(month)));
    await group.getByLabel('Year').fill(year);
  };
  // To before From is refused before anything is asked for.
  await fill('From', londonDay(-10));
  await fill('To', londonDay(-20));
  await page.getByRole('button', { name: 'Show these dates' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'From must be the same as or before To' })).toBeVisible();
  await expect(page).toHaveURL(/\/commissioner\/themes$/);

  const [fromOn, toOn] = [londonDay(-60), londonDay(-30)];
  await fill('From', fromOn);
  await fill('To', toOn);
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?fromOn=${fromOn}&toOn=${toOn}$`));
  const period = page.getByText(`${ukLongDate(fromOn)} to ${ukLongDate(toOn)}, against`);
  await expect(period).toBeVisible();
  await fitsAndPassesAxe(page);
  await page.reload();
  await expect(period).toBeVisible();
  await expect(page.getByRole('group', { name: 'From', exact: true }).getByLabel('Year')).toHaveValue(fromOn.slice(0, 4));
  await page.goBack();
  await expect(page).toHaveURL(/\/commissioner\/themes$/);
  await expect(page.getByText(`${ukLongDate(fromOn)} to ${ukLongDate(toOn)}, against`)).toHaveCount(0);
  await page.goForward();
  await expect(period).toBeVisible();
});
