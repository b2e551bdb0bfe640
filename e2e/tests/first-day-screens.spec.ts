import {
  SeedLaStaffDocument,
  SeedRecordChildViewDocument,
  SeedRecordOfferOutcomeDocument,
  SeedRecordTriggerDocument,
  SeedScheduleMeetingDocument,
  SeedWithdrawChildViewSharingDocument,
} from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD, LoginPage } from '../support/login.page';
import { MeetingPageObject } from '../support/meeting.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };
const SHARED = 'I want my bike to come with me to the new placement';

function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

function ukToday(): string {
  return new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A Northshire child new to Heard, given an advocate, who then opted out (so a change of placement offers advocacy again). */
async function optedOutChild(request: APIRequestContext, givenName: string, familyName: string): Promise<{ childId: string; advocateEmail: string }> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: today(),
      newChild: { laChildRef: `FD-${Date.now()}`, givenName, familyName, dateOfBirth: '2013-04-09', firstLanguage: 'English' },
    },
  });
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  await advocate.call(SeedRecordOfferOutcomeDocument, {
    input: { offerId: recorded.recordTriggerEvent.child.currentOffer?.id ?? '', outcome: 'OPTED_OUT', decidedOn: today(), childWords: 'Not right now' },
  });
  return { childId: recorded.recordTriggerEvent.child.id, advocateEmail };
}

test('an LA manager records a change of placement, then that the child left care, from the child’s page', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const { childId } = await optedOutChild(request, 'Amelie', 'Fairbrook');
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.goto(`/la/children/${childId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Amelie Fairbrook' })).toBeVisible();
  await fitsAndPassesAxe(page);

  await page.getByRole('link', { name: 'Record a change of placement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a change of placement' })).toBeVisible();
  await page.getByRole('button', { name: 'Record the change of placement' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Select the new placement type');
  await expect(page.locator('#placementType-error')).toHaveText('Error: Select the new placement type');
  await fitsAndPassesAxe(page);
  await page.getByLabel('New placement type').selectOption('U4');
  await page.getByRole('button', { name: 'Record the change of placement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelie Fairbrook' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Change of placement recorded. Amelie was offered advocacy again.');
  await fitsAndPassesAxe(page);

  await page.getByRole('link', { name: 'Record that the child left care' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record that the child left care' })).toBeVisible();
  await fillDate(page, 'Date Amelie left care', '2001-01-01');
  await page.getByLabel('Reason the period of care ended (optional)').selectOption('E13');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before recording that Amelie left care' })).toBeVisible();
  await fitsAndPassesAxe(page);
  // The server refuses a date before the period of care began: back to the answers, the error under the date.
  await page.getByRole('button', { name: 'Record that Amelie left care' }).click();
  await expect(page.locator('#leftOn-error')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveAttribute('href', '#leftOn');
  await fitsAndPassesAxe(page);
  await fillDate(page, 'Date Amelie left care', today());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('definition').filter({ hasText: ukToday() })).toBeVisible();
  await page.getByRole('button', { name: 'Record that Amelie left care' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelie Fairbrook' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(`Leaving care recorded: advocacy ended on ${ukToday()}.`);
  // Out of care, neither action is offered any more.
  await expect(page.getByRole('link', { name: 'Record a change of placement' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Record that the child left care' })).toHaveCount(0);
  await fitsAndPassesAxe(page);
});

test('Commissioner staff find a child by name and reassign them', async ({ browser }) => {
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation oversight' })).toBeVisible();
  await expect(page.getByLabel("Child's Heard id")).toHaveCount(0);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#search-name-error')).toHaveText("Error: Enter part of the child's name, their date of birth or their local authority.");
  await fitsAndPassesAxe(page);

  await page.getByLabel('Name').fill('mensah');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.getByRole('table', { name: 'Children matching your search' });
  const row = results.getByRole('row').filter({ hasText: 'Kai Mensah' });
  await expect(row).toContainText('25 May 2019');
  await expect(row).toContainText('Eastmoor');
  const current = (await row.getByRole('cell').nth(3).textContent())?.trim() ?? '';
  expect(Object.keys(ADVOCATE_EMAILS)).toContain(current);
  await fitsAndPassesAxe(page);

  await row.getByRole('button', { name: 'Choose Kai Mensah' }).click();
  const target = Object.keys(ADVOCATE_EMAILS).find((name) => name !== current) ?? '';
  const select = page.getByLabel('New advocate');
  await select.selectOption((await select.locator('option', { hasText: target }).getAttribute('value')) ?? '');
  await expect(select.locator('option:checked')).toContainText(target);
  await page.getByLabel("The child's request").check();
  await page.getByLabel('In a sentence').fill('Kai asked for an advocate who speaks with him after school.');
  await page.getByRole('button', { name: 'Reassign Kai' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'now has' })).toHaveText(`Kai Mensah now has ${target}.`);
  await fitsAndPassesAxe(page);
});

test('a view the advocate shares appears on the open meeting page without a reload, and goes when sharing is withdrawn', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const { childId, advocateEmail } = await optedOutChild(request, 'Rowan', 'Ashdown');
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const chairStaffId = (await manager.call(SeedLaStaffDocument)).laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const meetingId = (
    await manager.call(SeedScheduleMeetingDocument, { input: { childId, scheduledOn: today(), place: 'Northshire family centre', chairStaffId, invitees: [] } })
  ).scheduleMeeting.id;

  // Watch every socket from the first page load, so the page's subscription to the meeting is seen whenever it opens.
  const page = await (await browser.newContext()).newPage();
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('childViewsChanged') && resolve()));
  });
  const login = new LoginPage(page);
  await login.open();
  await login.signIn('manager@demo.heard', DEMO_PASSWORD);
  const meeting = new MeetingPageObject(page);
  await meeting.open('/la', meetingId);
  await subscribed;
  await expect(page.getByText('The advocate has not shared any of the child’s views yet.')).toBeVisible();

  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  const recorded = await advocate.call(SeedRecordChildViewDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: SHARED, shareable: true } });
  await expect(meeting.view(SHARED)).toBeVisible();
  await expect(meeting.views()).toHaveCount(1);
  await fitsAndPassesAxe(page);

  await advocate.call(SeedWithdrawChildViewSharingDocument, { viewId: recorded.recordChildView.views[0]?.id ?? '' });
  await expect(page.getByText('The advocate has not shared any of the child’s views yet.')).toBeVisible();
  await expect(page.getByText(SHARED)).toHaveCount(0);
  await fitsAndPassesAxe(page);
});

test('a reload straight after signing in keeps the user on the page they were on', async ({ browser }) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Children in your local authority' })).toBeVisible();
  await page.getByRole('link', { name: 'Amelia Hart' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  const url = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Hart' })).toBeVisible();
  expect(page.url()).toBe(url);
  await fitsAndPassesAxe(page);
});
