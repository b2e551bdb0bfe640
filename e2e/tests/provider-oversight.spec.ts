import { SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';
import { londonDay } from '../support/london-days';

test('the provider manager sees a child past the offer deadline and moves them to a colleague', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Juniper${Date.now() % 100_000}`;
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  // Entered care 24 days ago and never offered advocacy: the offer is overdue, and the child has never been heard.
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(-24),
      newChild: { laChildRef: `PO-${Date.now()}`, givenName, familyName: 'Oversight', dateOfBirth: '2011-03-02', firstLanguage: 'English' },
    },
  });
  const advocateName = recorded.recordTriggerEvent.advocate?.displayName ?? '';

  const page = await signedIn(browser, 'provider@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Your provider' })).toBeVisible();
  await expect(page.getByText('Voices Independent Advocacy', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `${givenName} Oversight` });
  await expect(row.getByRole('cell').nth(2)).toHaveText(advocateName);
  await expect(row.getByText('Offer overdue', { exact: true })).toBeVisible();
  await expect(row.getByText('Contact overdue', { exact: true })).toBeVisible();
  await expect(row).toContainText('Not heard yet.');
  await fitsAndPassesAxe(page);

  await row.getByRole('button', { name: `Reassign ${givenName} Oversight` }).click();
  const form = page.getByRole('heading', { name: `Reassign ${givenName} Oversight` }).locator('xpath=..');
  await expect(page.getByLabel('New advocate', { exact: true })).toBeFocused();
  // Nothing is chosen for the manager: sending the empty form names every missing answer.
  await form.getByRole('button', { name: `Reassign ${givenName}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([
    'Select the new advocate',
    'Select why the child is being reassigned',
    'Say why in a sentence',
  ]);
  const choices = await page.getByLabel('New advocate', { exact: true }).locator('option').allTextContents();
  // A colleague with room: "Name (children of cap)".
  const hasRoom = (label: string) => {
    const [, count, cap] = /\((\d+) of (\d+)\)$/.exec(label) ?? [];
    return count !== undefined && Number(count) < Number(cap);
  };
  const colleague = choices.find((label) => hasRoom(label) && !label.startsWith(`${advocateName} (`)) ?? '';
  await page.getByLabel('New advocate', { exact: true }).selectOption({ label: colleague });
  await form.getByLabel('The advocate has left', { exact: true }).check();
  await form.getByLabel('In a sentence', { exact: true }).fill(`${advocateName} has left the service`);
  await form.getByRole('button', { name: `Reassign ${givenName}` }).click();

  const newAdvocate = colleague.replace(/ \(\d+ of \d+\)$/, '');
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(`${givenName} Oversight now has ${newAdvocate}.`);
  // A new advocate has a new offer to make: the child is no longer past a deadline.
  await expect(page.getByRole('row').filter({ hasText: `${givenName} Oversight` })).toHaveCount(0);
  await fitsAndPassesAxe(page);
});
