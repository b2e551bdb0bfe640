import { SeedRecordOfferOutcomeDocument, SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { londonDay } from '../support/london-days';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

test('an advocate requests an earlier meeting, the LA manager agrees with a date, and the advocate sees the answer', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Isla${Date.now() % 100_000}`;
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(0),
      newChild: { laChildRef: `EM-${Date.now()}`, givenName, familyName: 'Morgan', dateOfBirth: '2013-06-14', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const seededAdvocate = new GraphqlSeed(request);
  await seededAdvocate.signIn(advocateEmail, DEMO_PASSWORD);
  await seededAdvocate.call(SeedRecordOfferOutcomeDocument, {
    input: { offerId: recorded.recordTriggerEvent.child.currentOffer?.id ?? '', outcome: 'ACCEPTED', decidedOn: londonDay(0), childWords: 'Yes' },
  });

  // The advocate asks.
  const advocate = await signedIn(browser, advocateEmail);
  await advocate.goto(`/advocate/children/${childId}`);
  await expect(advocate.getByRole('heading', { level: 2, name: 'Earlier meeting' })).toBeVisible();
  await expect(advocate.getByText('No earlier meeting has been requested.')).toBeVisible();
  await advocate.getByRole('button', { name: 'Request an earlier meeting' }).click();
  await expect(advocate.getByRole('link', { name: 'Enter why an earlier meeting is needed' })).toBeVisible();
  await advocate.getByLabel('Why an earlier meeting is needed').fill(`${givenName} says her placement is breaking down.`);
  await advocate.getByRole('button', { name: 'Request an earlier meeting' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Your request for an earlier meeting has been sent.' })).toBeVisible();
  await expect(advocate.getByText('Waiting for an answer')).toBeVisible();
  await expect(advocate.getByRole('button', { name: 'Request an earlier meeting' })).toHaveCount(0);
  await fitsAndPassesAxe(advocate);

  // The LA manager finds it in their list and agrees, with the date.
  const la = await signedIn(browser, 'manager@demo.heard');
  await la.getByRole('link', { name: 'Earlier meetings' }).click();
  await expect(la.getByRole('heading', { level: 1, name: 'Earlier meeting requests' })).toBeVisible();
  await fitsAndPassesAxe(la);
  await la.getByRole('link', { name: `${givenName} Morgan` }).click();
  await expect(la.getByText(`${givenName} says her placement is breaking down.`)).toBeVisible();
  await la.getByLabel('Agree to an earlier meeting').check();
  const meetingOn = londonDay(7);
  await fillDate(la, 'Date of the earlier meeting', meetingOn);
  await la.getByRole('button', { name: 'Send the answer' }).click();
  await expect(la.getByRole('status').filter({ hasText: 'You agreed to an earlier meeting. The advocate has been told.' })).toBeVisible();
  await fitsAndPassesAxe(la);

  // The advocate sees the answer.
  await advocate.reload();
  await expect(advocate.getByText(`Agreed on ${ukDate(londonDay(0))}. The meeting is on ${ukDate(meetingOn)}.`)).toBeVisible();
  await expect(advocate.getByText('Answered', { exact: true })).toBeVisible();
  await fitsAndPassesAxe(advocate);
});
