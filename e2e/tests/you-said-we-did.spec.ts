import { SeedLaStaffDocument, SeedRecordChildViewDocument, SeedRecordTriggerDocument, SeedScheduleMeetingDocument } from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { seriousViolations, signedIn } from '../support/sessions';
import { londonToday } from '../support/london-days';

const run = Date.now();
const AGREED = `a bike to get to school ${run}`;
const NOT_AGREED = `to stop seeing my dad ${run}`;

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

/**
 * A Northshire child new to Heard (so no other spec's meeting is on their day), a meeting for them today and two
 * views their advocate recorded for it; returns the child and the advocate's sign-in.
 */
async function childWithViews(request: APIRequestContext): Promise<{ childId: string; advocateEmail: string }> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const today = londonToday();
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: today,
      newChild: { laChildRef: `YS-${run}`, givenName: 'Maya', familyName: `Sayers${run}`, dateOfBirth: '2012-05-14', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''];
  if (advocateEmail === undefined) throw new Error('the new child was not given a demo advocate');
  const chairStaffId = (await manager.call(SeedLaStaffDocument)).laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const meeting = await manager.call(SeedScheduleMeetingDocument, {
    input: { childId, scheduledOn: today, place: 'Northshire family centre', chairStaffId, invitees: [] },
  });
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  for (const text of [AGREED, NOT_AGREED]) {
    await advocate.call(SeedRecordChildViewDocument, { input: { meetingId: meeting.scheduleMeeting.id, kind: 'WISHES_AND_FEELINGS', text, shareable: false } });
  }
  return { childId, advocateEmail };
}

test('the advocate records what became of what the child asked for, and the printable page shows only what the child agreed', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { childId, advocateEmail } = await childWithViews(request);
  const page = await signedIn(browser, advocateEmail);

  await page.goto(`/advocate/children/${childId}`);
  await page.getByRole('link', { name: 'You said, we did', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'You said, we did', level: 1 })).toBeVisible();
  const item = page.locator('section.you-said-item').filter({ hasText: AGREED });
  await expect(item).toContainText('Still open');
  await fitsAndPassesAxe(page);

  await item.getByRole('link', { name: `Set the outcome of "${AGREED}"` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^What became of what .+ said$/);
  for (const label of ['Still open', 'Done', 'Partly done', 'Not done']) await expect(page.getByLabel(label, { exact: true })).not.toBeChecked();
  const consent = page.getByLabel(/agreed this may be shown to them$/);
  await expect(consent).not.toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Select what happened');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Partly done', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter what was done and what was not');
  await expect(page.getByText('Error: Enter what was done and what was not')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Why?', { exact: true }).fill('we found you a bike, and the helmet comes next week');
  await consent.check();
  await page.getByRole('group', { name: 'Themes (optional)' }).getByLabel('Other', { exact: true }).check();
  await page.getByRole('group', { name: 'Themes (optional)' }).getByLabel('Education', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const answers = page.locator('dl.summary-list');
  await expect(answers).toContainText('ThemesEducation, Other');
  await expect(answers).toContainText('What happenedPartly done');
  await expect(answers).toContainText('Whywe found you a bike, and the helmet comes next week');
  await expect(answers).toContainText(/Shown to .+Yes, .+ agreed/);
  expect(await seriousViolations(page)).toEqual([]);
  // Change goes back to the answer, focused, and keeps what was entered.
  await page.getByRole('button', { name: 'Change why' }).click();
  await expect(page.getByLabel('Why?', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Why?', { exact: true })).toHaveValue('we found you a bike, and the helmet comes next week');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Save the outcome' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Success' });
  await expect(notice).toContainText(/^SuccessOutcome saved: partly done\. It will be shown on .+'s printed page\.$/);
  await expect(page.locator('section.you-said-item').filter({ hasText: AGREED })).toContainText('Partly done');
  await expect(page.locator('section.you-said-item').filter({ hasText: AGREED })).toContainText('Yes, they agreed');
  await expect(page.locator('section.you-said-item').filter({ hasText: AGREED })).toContainText('ThemesEducation, Other');
  await expect(page.locator('section.you-said-item').filter({ hasText: NOT_AGREED })).toContainText('ThemesNone');
  await expect(page.locator('section.you-said-item').filter({ hasText: NOT_AGREED })).toContainText('Still open');
  await fitsAndPassesAxe(page);

  await page.getByRole('link', { name: /^Print .+'s "You said, we did" page$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^.+, you said, we did$/);
  await expect(page.getByText(`You asked for: ${AGREED}.`, { exact: true })).toBeVisible();
  await expect(page.getByText('We did part of it: we found you a bike, and the helmet comes next week.', { exact: true })).toBeVisible();
  await expect(page.getByText(NOT_AGREED)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await fitsAndPassesAxe(page);
});
