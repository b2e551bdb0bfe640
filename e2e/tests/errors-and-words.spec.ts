import { expect, test, type Page } from '@playwright/test';
import { dateInput, fillDate } from '../support/date-input';
import { QUALITY_STANDARDS } from '../support/visit-report.page';
import { seriousViolations, signedIn } from '../support/sessions';

/** Today in London as GOV.UK writes it ("1 December 2026"), as the API's messages say it. */
function todayInWords(): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
}

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** A day three weeks ahead, as the date field takes it and as a title writes it: no other test meets then. */
function threeWeeksAhead(): { iso: string; words: string } {
  const day = new Date(Date.now() + 21 * 24 * 60 * 60 * 1000);
  return {
    iso: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(day),
    words: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(day),
  };
}

/** The form group holding the field with this label: its inline error is inside it. */
function groupOf(page: Page, label: string) {
  return page.locator('div.form-group', { has: page.getByLabel(label, { exact: true }) });
}

test("a new child's date of birth in the future is shown under Date of birth and in the summary", async ({ browser }) => {
  const manager = await signedIn(browser, 'manager@demo.heard');
  await expect(manager).toHaveTitle('Children in your local authority – Heard');
  await manager.getByRole('link', { name: 'Record an event' }).click();
  await manager.getByLabel('Entered care', { exact: true }).check();
  await manager.getByLabel('A child new to Heard', { exact: true }).check();
  await manager.getByLabel('Your reference for the child').fill('NS-9901');
  await manager.getByLabel('Given name').fill('Robin');
  await manager.getByLabel('Family name').fill('Future');
  await fillDate(manager, 'Date of birth', '2030-01-01');
  await manager.getByRole('button', { name: 'Record event' }).click();

  const message = `Date of birth cannot be in the future. Today is ${todayInWords()}.`;
  const summary = manager.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText([message]);
  await expect(dateInput(manager, 'Date of birth')).toContainText(`Error: ${message}`);
  await expect(dateInput(manager, 'Date of the event')).not.toContainText('Error:');
  await summary.getByRole('link', { name: message }).click();
  await expect(dateInput(manager, 'Date of birth').getByLabel('Day', { exact: true })).toBeFocused();
  expect(await seriousViolations(manager)).toEqual([]);

  // The header's Notifications link stays white on the dark header when hovered (it was #003078, 1.58:1).
  const notifications = manager.getByRole('banner').getByRole('link', { name: /^Notifications/ });
  await notifications.hover();
  expect(await notifications.evaluate((link) => getComputedStyle(link).color)).toBe('rgb(255, 255, 255)');
});

test('an incomplete visit report lists each missing item once, each linked to its own field', async ({ browser }) => {
  const advocate = await signedIn(browser, 'advocate2@demo.heard');
  await advocate.getByRole('link', { name: 'My homes' }).click();
  await advocate.getByRole('link', { name: 'Riverside Lodge' }).click();
  await expect(advocate).toHaveTitle('Riverside Lodge – Heard');
  await advocate.getByRole('link', { name: /visit report/ }).click();
  await fillDate(advocate, 'Date of the visit', todayIso());
  await advocate.getByRole('button', { name: 'Submit report' }).click();

  const missing = [
    'Say whether the visit was announced.',
    'Enter the staff you spoke to.',
    'Enter the records you checked.',
    ...QUALITY_STANDARDS.map((standard) => `${standard}: choose a judgement.`),
  ];
  const summary = advocate.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(missing);
  await expect(advocate.locator('.error-message')).toHaveText(missing.map((m) => `Error: ${m}`));
  await expect(groupOf(advocate, 'Staff you spoke to')).toContainText('Error: Enter the staff you spoke to.');

  await summary.getByRole('link', { name: 'Say whether the visit was announced.' }).click();
  await expect(advocate.getByLabel('Yes', { exact: true })).toBeFocused();
  await summary.getByRole('link', { name: 'Enter the records you checked.' }).click();
  await expect(advocate.getByLabel('Records you checked')).toBeFocused();
  await summary.getByRole('link', { name: 'Education: choose a judgement.' }).click();
  await expect(advocate.getByRole('group', { name: 'Education', exact: true }).getByLabel('Met', { exact: true })).toBeFocused();
  expect(await seriousViolations(advocate)).toEqual([]);
});

test('page titles name the child and the meeting', async ({ browser }) => {
  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.getByRole('link', { name: 'Amelia Hart' }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  await expect(manager).toHaveTitle('Amelia Hart – Heard');

  await manager.getByRole('link', { name: 'Meetings to chair' }).click();
  await manager.getByRole('link', { name: 'Schedule a meeting' }).click();
  await manager.getByLabel('Child').selectOption({ label: 'Amelia Hart' });
  const meetingDay = threeWeeksAhead();
  await fillDate(manager, 'Date', meetingDay.iso);
  await manager.getByLabel('Place').fill('Northshire family centre');
  await manager.getByLabel('Chair', { exact: true }).selectOption({ label: 'Jordan Ellis (team manager)' });
  await manager.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Care-planning meeting for Amelia Hart' })).toBeVisible();
  await expect(manager).toHaveTitle(`Meeting for Amelia Hart, ${meetingDay.words} – Heard`);
  expect(await seriousViolations(manager)).toEqual([]);
});
