import {
  SeedLaStaffDocument,
  SeedMyChildrenDocument,
  SeedRaiseConcernDocument,
  SeedScheduleMeetingDocument,
  SeedWithdrawConcernDocument,
} from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { MeetingPageObject } from '../support/meeting.page';
import { seriousViolations, signedIn } from '../support/sessions';
import { londonToday } from '../support/london-days';

const SHARED = 'I want to see my sister every Saturday';
const PRIVATE = 'I do not like the new school but please do not tell them yet';

/** The demo advocate's first child in Northshire (the demo LA manager's LA). */
async function northshireChild(request: APIRequestContext): Promise<string> {
  const seed = new GraphqlSeed(request);
  await seed.signIn('advocate@demo.heard', DEMO_PASSWORD);
  const mine = await seed.call(SeedMyChildrenDocument);
  const child = mine.myChildren.find((c) => c.localAuthority.code === '901' && c.givenName !== 'Leo');
  if (child === undefined) throw new Error('the demo advocate has no child in Northshire');
  return child.id;
}

async function scheduledMeeting(request: APIRequestContext, childId: string): Promise<string> {
  const seed = new GraphqlSeed(request);
  await seed.signIn('manager@demo.heard', DEMO_PASSWORD);
  const staff = await seed.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id;
  const scheduled = await seed.call(SeedScheduleMeetingDocument, {
    input: { childId, scheduledOn: londonToday(), place: 'Northshire family centre', chairStaffId: chairStaffId ?? '', invitees: [] },
  });
  return scheduled.scheduleMeeting.id;
}

test('the consent box is back to "not shared" after every save; the LA manager sees only the shared view, and nothing once sharing is withdrawn', async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const meetingId = await scheduledMeeting(request, await northshireChild(request));

  const advocatePage = await signedIn(browser, 'advocate@demo.heard');
  const advocate = new MeetingPageObject(advocatePage);
  await advocate.open('/advocate', meetingId);
  await expect(advocate.shareCheckbox()).not.toBeChecked();

  await advocate.saveView('Wishes and feelings', SHARED, { tickShared: true });
  await expect(advocate.shareCheckbox()).not.toBeChecked();
  // The next view is saved without touching the box: the reset above is all that keeps it private.
  await advocate.saveView('What they want raised', PRIVATE, { tickShared: false });
  await expect(advocate.shareCheckbox()).not.toBeChecked();

  await expect(advocate.views()).toHaveCount(2);
  await expect(advocate.view(SHARED)).toContainText('Wishes and feelings');
  await expect(advocate.view(SHARED)).toContainText('Shared with the local authority');
  await expect(advocate.view(PRIVATE)).toContainText('What they want raised');
  await expect(advocate.view(PRIVATE)).toContainText('Not shared');
  await expect(advocatePage.getByRole('button', { name: /^Withdraw sharing/ })).toHaveCount(1);
  expect(await seriousViolations(advocatePage)).toEqual([]);

  const managerPage = await signedIn(browser, 'manager@demo.heard');
  const manager = new MeetingPageObject(managerPage);
  await manager.open('/la', meetingId);
  await expect(manager.views()).toHaveCount(1);
  await expect(manager.view(SHARED)).toBeVisible();
  await expect(managerPage.getByText(PRIVATE)).toHaveCount(0);

  await advocate.withdrawSharing('Withdraw sharing of view 1: Wishes and feelings');
  await expect(advocatePage.getByRole('status').filter({ hasText: 'Sharing withdrawn' })).toContainText(
    'The local authority can no longer see view 1 (Wishes and feelings).',
  );
  await expect(advocate.view(SHARED)).toContainText(/Sharing withdrawn on \d{1,2} [A-Z][a-z]+ \d{4} by Priya Shah/);
  await expect(advocatePage.getByRole('button', { name: /^Withdraw sharing/ })).toHaveCount(0);
  expect(await seriousViolations(advocatePage)).toEqual([]);

  await manager.open('/la', meetingId);
  await expect(managerPage.getByText('The advocate has not shared any of the child’s views yet.')).toBeVisible();
  await expect(manager.views()).toHaveCount(0);
  await expect(managerPage.getByText(SHARED)).toHaveCount(0);
});

test('the confidential box shows the safe default (confidential) after every note, and a note saved untouched stays with advocates', async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const childId = await northshireChild(request);
  const seed = new GraphqlSeed(request);
  await seed.signIn('advocate@demo.heard', DEMO_PASSWORD);
  const raised = await seed.call(SeedRaiseConcernDocument, {
    input: { childId, whatIsWrong: 'Her school transport keeps not turning up', childWants: 'I want to get to school on time', themes: ['EDUCATION'] },
  });

  // Withdrawn at the end, so the LA's "awaiting our response" list is as the other specs expect it.
  try {
    await notesShowTheirStoredConfidentiality(browser, raised.raiseConcern.id);
  } finally {
    await seed.call(SeedWithdrawConcernDocument, { input: { concernId: raised.raiseConcern.id, text: 'The child asked to stop: end of the test' } });
  }
});

async function notesShowTheirStoredConfidentiality(browser: Browser, concernId: string): Promise<void> {
  const page = await signedIn(browser, 'advocate@demo.heard');
  await page.goto(`/advocate/concerns/${concernId}`);
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add a note or evidence' }) });
  const confidential = form.getByLabel(/^Confidential/);
  const history = page.getByRole('list', { name: 'Concern history, oldest first' });
  const addNote = async (note: string, untick: boolean): Promise<void> => {
    await form.getByLabel('Note', { exact: true }).fill(note);
    if (untick) await confidential.uncheck();
    const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('AddConcernNote'));
    await form.getByRole('button', { name: 'Add note' }).click();
    await saved;
    await expect(history.getByRole('listitem').filter({ hasText: note })).toBeVisible();
  };
  await expect(confidential).toBeChecked();

  await addNote('Told me privately that the driver shouts at her', false);
  await expect(confidential).toBeChecked();
  await expect(form.getByLabel('Note', { exact: true })).toHaveValue('');
  await addNote('Transport office says a new driver starts Monday', true);
  await expect(confidential).toBeChecked();
  await addNote('She is worried she will be late for her exams', false);
  await expect(confidential).toBeChecked();

  const entry = (text: string) => history.getByRole('listitem').filter({ hasText: text });
  await expect(entry('Told me privately that the driver shouts at her')).toContainText('Advocates only');
  await expect(entry('Transport office says a new driver starts Monday')).not.toContainText('Advocates only');
  await expect(entry('She is worried she will be late for her exams')).toContainText('Advocates only');
  expect(await seriousViolations(page)).toEqual([]);

  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.goto(`/la/concerns/${concernId}`);
  const seen = manager.getByRole('list', { name: 'Concern history, oldest first' });
  await expect(seen.getByRole('listitem').filter({ hasText: 'Transport office says a new driver starts Monday' })).toBeVisible();
  await expect(manager.getByText('driver shouts')).toHaveCount(0);
  await expect(manager.getByText('late for her exams')).toHaveCount(0);
}
