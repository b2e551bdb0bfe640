import { SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { londonDay } from '../support/london-days';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** 15 years after `iso` (never 29 February here: the date of death is chosen clear of it). */
function fifteenYearsAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 15}${iso.slice(4)}`;
}

test("the LA records a child's date of death after checking it, and places and lifts a legal hold; the child's page explains each", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const givenName = `Rowan${Date.now() % 100_000}`;
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(-40),
      newChild: { laChildRef: `RR-${Date.now()}`, givenName, familyName: 'Hale', dateOfBirth: '2012-05-04', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;

  const la = await signedIn(browser, 'manager@demo.heard');
  await la.goto(`/la/children/${childId}`);
  const keptUntil = la.locator('.summary-list__row', { has: la.getByRole('term').filter({ hasText: 'Records kept until' }) });
  await expect(keptUntil).toContainText('4 May 2087');
  await expect(keptUntil).toContainText("The record is kept until 4 May 2087, the 75th anniversary of the child's birth");
  await expect(la.getByRole('heading', { name: `How long ${givenName}'s record is kept` })).toBeVisible();
  await fitsAndPassesAxe(la);

  // The date of death is checked once more before it is saved.
  const died = londonDay(-3).endsWith('-02-29') ? londonDay(-4) : londonDay(-3);
  await fillDate(la, 'Date of death, where it applies', died);
  await la.getByRole('button', { name: 'Continue' }).click();
  await expect(la.getByRole('region', { name: 'Check before you record this' })).toContainText(`You are recording that ${givenName} died on ${ukDate(died)}.`);
  await fitsAndPassesAxe(la);
  await la.getByRole('button', { name: 'Record the date of death' }).click();
  await expect(la.locator('.notification-banner--success')).toContainText('Date of death recorded.');
  await expect(keptUntil).toContainText(
    `The child died before their 18th birthday, on ${ukDate(died)}, so their record is kept for 15 years from that day, until ${ukDate(fifteenYearsAfter(died))}`,
  );

  // A legal hold keeps the record until it is lifted.
  await la.getByLabel('Why the record must be kept (legal hold)').fill('Needed for the inquiry into the placement');
  await la.getByRole('button', { name: 'Place a legal hold' }).click();
  await expect(la.locator('.notification-banner--success')).toContainText('Legal hold placed.');
  await expect(keptUntil).toContainText('Until the legal hold is lifted');
  await expect(keptUntil).toContainText('The record is on legal hold and is kept until the hold is lifted');
  await expect(keptUntil).toContainText('Needed for the inquiry into the placement');
  await fitsAndPassesAxe(la);

  await la.getByLabel('Why the legal hold can be lifted').fill('The inquiry has reported');
  await la.getByRole('button', { name: 'Lift the legal hold' }).click();
  await expect(la.locator('.notification-banner--success')).toContainText('Legal hold lifted.');
  await expect(keptUntil).toContainText(ukDate(fifteenYearsAfter(died)));
  await expect(la.getByRole('button', { name: 'Place a legal hold' })).toBeVisible();
});
