import { SeedRecordContactDocument, SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';
import { londonDay } from '../support/london-days';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

function ukDay(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A Northshire child new to Heard, last heard 50 days ago: past the 6-week contact standard. */
async function childNotHeardForWeeks(request: APIRequestContext, givenName: string): Promise<{ childId: string; advocateEmail: string }> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(0),
      newChild: { laChildRef: `CT-${Date.now()}`, givenName, familyName: 'Heardwell', dateOfBirth: '2012-06-15', firstLanguage: 'English' },
    },
  });
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  const childId = recorded.recordTriggerEvent.child.id;
  await advocate.call(SeedRecordContactDocument, {
    input: { childId, kind: 'CALL', occurredOn: londonDay(-50), occurredTime: '16:00', viewsRecorded: true, privateNote: '' },
  });
  return { childId, advocateEmail };
}

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ hasText: name });
}

test('the advocate records a contact: last heard moves on and the "Contact overdue" flag goes', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Rowan${Date.now() % 100_000}`;
  const { childId, advocateEmail } = await childNotHeardForWeeks(request, givenName);
  const heardBefore = londonDay(-50);
  const page = await signedIn(browser, advocateEmail);

  await page.goto('/advocate');
  const before = row(page, `${givenName} Heardwell`);
  await expect(before.getByText('Contact overdue', { exact: true })).toBeVisible();
  await expect(before).toContainText(`Last heard ${ukDay(heardBefore)}: more than 6 weeks ago (due by ${ukDay(londonDay(-8))}).`);
  await fitsAndPassesAxe(page);

  await page.goto(`/advocate/children/${childId}`);
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByText('Contact overdue', { exact: true })).toBeVisible();
  await expect(contacts.getByRole('row').filter({ hasText: 'Phone call' })).toContainText(`${ukDay(heardBefore)} at 16:00`);
  await fitsAndPassesAxe(page);

  // Nothing is chosen for the advocate: saving an empty form names every missing answer.
  await contacts.getByRole('button', { name: 'Save the contact' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText([
    'Select how you were in contact',
    'Enter the date of the contact',
    'Enter the time of the contact',
    "Select yes if you recorded the child's own views",
  ]);
  await fitsAndPassesAxe(page);

  const yesterday = londonDay(-1);
  await contacts.getByLabel('Visit', { exact: true }).check();
  await fillDate(contacts, 'Date of the contact', yesterday);
  await contacts.getByLabel('Time of the contact', { exact: true }).fill('10:30');
  await contacts.getByRole('group', { name: "Did you record the child's own views?" }).getByLabel('Yes', { exact: true }).check();
  await contacts.getByLabel('Private note (optional)', { exact: true }).fill('Wants to keep playing football on Saturdays');
  await contacts.getByRole('button', { name: 'Save the contact' }).click();

  const success = contacts.getByRole('status').filter({ hasText: 'Success' });
  await expect(success).toContainText("Contact recorded. Last heard is updated: the child's views were recorded.");
  await expect(
    contacts
      .getByRole('definition')
      .filter({ hasText: ukDay(yesterday) })
      .first(),
  ).toBeVisible();
  await expect(contacts.getByText('Within the standard', { exact: true })).toBeVisible();
  await expect(contacts.getByText('Contact overdue', { exact: true })).toHaveCount(0);
  await expect(contacts.getByRole('row').nth(1)).toContainText(`${ukDay(yesterday)} at 10:30`);
  await expect(contacts.getByRole('row').nth(1)).toContainText('Wants to keep playing football on Saturdays');
  await fitsAndPassesAxe(page);

  await page.goto('/advocate');
  const after = row(page, `${givenName} Heardwell`);
  await expect(after).toContainText(ukDay(yesterday));
  await expect(after.getByText('Contact overdue', { exact: true })).toHaveCount(0);
  await fitsAndPassesAxe(page);
});

test('the LA manager sees when each child was last heard and who is past the contact standard', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const givenName = `Sorrel${Date.now() % 100_000}`;
  await childNotHeardForWeeks(request, givenName);
  const page = await signedIn(browser, 'manager@demo.heard');

  await page.goto('/la');
  const listed = row(page, `${givenName} Heardwell`);
  await expect(listed.getByRole('cell').nth(4)).toHaveText(`${ukDay(londonDay(-50))} Contact overdue`);
  await expect(page.getByRole('columnheader', { name: 'Last heard' })).toBeVisible();
  await fitsAndPassesAxe(page);
});
