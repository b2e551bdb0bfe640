import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { londonDay } from '../support/london-days';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test('a Commissioner puts a theme to Northshire, its manager answers, and the theme shows it answered on time', async ({ browser }) => {
  test.setTimeout(90_000);
  const question = `Why are brothers and sisters placed apart? (${Date.now()})`;

  const commissioner = await signedIn(browser, 'commissioner@demo.heard');
  await commissioner.goto('/commissioner/theme-requests');
  await expect(commissioner.getByRole('heading', { name: 'Themes put to local authorities and providers' })).toBeVisible();
  await commissioner.getByRole('link', { name: 'Put a theme', exact: true }).click();
  await expect(commissioner.getByRole('heading', { name: 'Put a theme' })).toBeVisible();

  // Nothing chosen: the error summary names each question.
  await commissioner.getByRole('button', { name: 'Put the theme' }).click();
  const summary = commissioner.getByRole('alert');
  await expect(summary).toContainText('Choose a local authority or a provider');
  await expect(summary).toContainText('Choose a theme from the list');
  await commissioner.getByLabel('A local authority').check();
  await commissioner.getByRole('button', { name: 'Put the theme' }).click();
  await expect(summary).toContainText('Choose a local authority from the list');
  await fitsAndPassesAxe(commissioner);

  await commissioner.getByLabel('Local authority', { exact: true }).selectOption({ label: 'Northshire County Council' });
  await commissioner.getByLabel('Theme', { exact: true }).selectOption({ label: 'Siblings' });
  await commissioner.getByLabel('What you are asking the local authority').fill(question);
  await commissioner.getByRole('button', { name: 'Put the theme' }).click();
  await expect(commissioner.locator('.notification-banner--success')).toContainText('Siblings put to Northshire County Council. It must be answered by');
  await fitsAndPassesAxe(commissioner);
  await commissioner.getByRole('link', { name: 'See the theme you put' }).click();
  await expect(commissioner.getByTestId('theme-status')).toHaveText('Awaiting answer');
  const themeUrl = new URL(commissioner.url()).pathname;
  const themeId = themeUrl.split('/').at(-1) ?? '';

  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.goto('/la/theme-requests');
  await expect(manager.getByRole('heading', { name: 'Themes to answer' })).toBeVisible();
  await fitsAndPassesAxe(manager);
  await manager.goto(`/la/theme-requests/${themeId}`);
  await expect(manager.getByText(question)).toBeVisible();
  await manager.getByLabel('What the local authority found').fill('Six sibling groups were placed apart for want of larger foster homes.');
  await manager.getByLabel('What the local authority will do').fill('Recruit foster carers for sibling groups and review each placement.');
  await fillDate(manager, 'By when', londonDay(90));
  await manager.getByRole('button', { name: 'Send the answer' }).click();
  await expect(manager.locator('.notification-banner--success')).toContainText('Your answer has been sent to the Children’s Commissioner.');
  await expect(manager.getByTestId('theme-status')).toHaveText('Answered on time');
  await manager.getByLabel('Action', { exact: true }).fill('Review sibling placements');
  await manager.getByLabel('Who owns it').fill('Head of placements');
  await fillDate(manager, 'Due date', londonDay(30));
  await manager.getByRole('button', { name: 'Add the follow-up' }).click();
  await expect(manager.locator('.notification-banner--success')).toContainText('Follow-up added: Review sibling placements.');
  await fitsAndPassesAxe(manager);

  await commissioner.goto(themeUrl);
  await expect(commissioner.getByTestId('theme-status')).toHaveText('Answered on time');
  await expect(commissioner.getByText('Six sibling groups were placed apart for want of larger foster homes.')).toBeVisible();
  await expect(commissioner.getByRole('cell', { name: 'Review sibling placements' })).toBeVisible();
  await fitsAndPassesAxe(commissioner);
  await commissioner.goto('/commissioner/theme-requests');
  await expect(commissioner.getByRole('row', { name: /Siblings Northshire County Council/ }).first()).toContainText('Answered on time');
});
