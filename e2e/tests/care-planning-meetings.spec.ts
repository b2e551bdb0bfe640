import {
  SeedCompleteMeetingDocument,
  SeedHoldMeetingToReviewDocument,
  SeedLaStaffDocument,
  SeedMeetingOptionsDocument,
  SeedMeetingActionsDocument,
  SeedReviewActionDocument,
  SeedScheduleMeetingDocument,
} from '@heard/graphql-types/testing';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD, LoginPage } from '../support/login.page';
import { MeetingPageObject } from '../support/meeting.page';
import { signedIn } from '../support/sessions';
import { fitsAndPassesAxe } from '../support/phone';
import { londonDay } from '../support/london-days';

const ACTION = 'Arrange weekly contact with his sister';

/** A YYYY-MM-DD date as the portal writes it ("3 December 2026"). */
function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
}

test('an LA manager holds a meeting and records a decision and an action; an action carried over twice is drift on the advocate’s list', async ({
  page,
  request,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn('manager@demo.heard', DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Meetings to chair' }).click();
  await page.getByRole('link', { name: 'Schedule a meeting' }).click();
  await page.getByLabel('Child').selectOption({ label: 'Leo Nowak' });
  await fillDate(page, 'Date', londonDay(0));
  await page.getByLabel('Place').fill('Northshire family centre');
  await page.getByLabel('Chair', { exact: true }).selectOption({ label: 'Jordan Ellis (team manager)' });
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Care-planning meeting for Leo Nowak' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    `The meeting for Leo Nowak is scheduled for ${ukDate(londonDay(0))} at Northshire family centre.`,
  );
  await expect(page.getByText('Priya Shah (advocate)')).toBeVisible();

  await page.getByLabel('Who attended, one per line').fill('Jordan Ellis\nPriya Shah\nLeo');
  await page.getByLabel('How the child took part').selectOption('PN2');
  await page.getByRole('button', { name: 'Record as held' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Decisions' })).toBeVisible();

  await page.getByLabel('Decision', { exact: true }).fill('Leo keeps weekly contact with his sister');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision recorded: "Leo keeps weekly contact with his sister".' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Leo keeps weekly contact with his sister' })).toBeVisible();
  await expect(
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
      .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)),
  ).resolves.toEqual([]);

  await page.getByLabel('What will be done').fill(ACTION);
  await page.getByLabel('Who will do it').fill('Hannah Price');
  await fillDate(page, 'By when', londonDay(14));
  await page.getByLabel('How it will be monitored').fill('Contact log checked at each visit');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: ACTION })).toBeVisible();
  const meetingId = page.url().split('/').pop() ?? '';

  // Two later meetings carry the action over; seeded through the API.
  const seed = new GraphqlSeed(request);
  await seed.signIn('manager@demo.heard', DEMO_PASSWORD);
  const first = await seed.call(SeedMeetingActionsDocument, { id: meetingId });
  const actionId = first.meeting.actions[0]?.id ?? '';
  await seed.call(SeedCompleteMeetingDocument, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'We talked about your school.' } });
  const staff = await seed.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  for (const last of [false, true]) {
    const scheduled = await seed.call(SeedScheduleMeetingDocument, {
      input: { childId: first.meeting.childId, scheduledOn: londonDay(0), place: 'Centre', chairStaffId, invitees: [] },
    });
    const id = scheduled.scheduleMeeting.id;
    await seed.call(SeedHoldMeetingToReviewDocument, {
      input: { meetingId: id, heldOn: londonDay(0), attendees: ['Jordan Ellis'], participationCode: 'PN5' },
    });
    await seed.call(SeedReviewActionDocument, { input: { meetingId: id, actionId, outcome: 'CARRIED_OVER', reason: 'No venue yet' } });
    if (!last) await seed.call(SeedCompleteMeetingDocument, { input: { meetingId: id, minutes: 'Minutes', summaryForChild: 'Summary' } });
  }

  await page.getByRole('button', { name: 'Sign out' }).click();
  await login.open();
  await login.signIn('advocate@demo.heard', DEMO_PASSWORD);
  const row = page.getByRole('row').filter({ hasText: ACTION });
  await expect(row).toContainText('Leo Nowak');
  await expect(row).toContainText('Drift');
});

test("a meeting's task list follows it from scheduled to completed; every step confirms what it saved", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const view = `I want to keep seeing my sister on Saturdays (${stamp})`;
  const decision = `Leo stays at his school this year (${stamp})`;
  const action = `Book Saturday contact sessions (${stamp})`;
  const seed = new GraphqlSeed(request);
  await seed.signIn('manager@demo.heard', DEMO_PASSWORD);
  const options = await seed.call(SeedMeetingOptionsDocument);
  const childId = options.laChildren.find((c) => c.givenName === 'Leo' && c.familyName === 'Nowak')?.id ?? '';
  const chairStaffId = options.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const scheduled = await seed.call(SeedScheduleMeetingDocument, {
    input: { childId, scheduledOn: londonDay(0), place: 'Northshire family centre', chairStaffId, invitees: [] },
  });
  const meetingId = scheduled.scheduleMeeting.id;

  // Before the meeting: the advocate can start on the child's views; what the chair records cannot start yet.
  const advocatePage = await signedIn(browser, 'advocate@demo.heard');
  const advocate = new MeetingPageObject(advocatePage);
  await advocate.open('/advocate', meetingId);
  await expect
    .poll(() => advocate.taskStatuses())
    .toEqual([
      "The child's views shared: Not yet started",
      "The advocate's input: Not yet started",
      'Attendance: record the meeting as held: Not yet started',
      'Decisions: Cannot start yet',
      'Actions agreed: Cannot start yet',
      'Complete the meeting: Cannot start yet',
    ]);
  await expect(advocate.taskLink('Decisions')).toHaveCount(0);
  await advocate.taskLink("The child's views shared").click();
  await expect(advocatePage.getByRole('heading', { level: 2, name: "The child's views", exact: true })).toBeFocused();
  await fitsAndPassesAxe(advocatePage);

  await advocate.saveView('Wishes and feelings', view, { tickShared: true });
  await expect(advocate.confirmation("The child's view about wishes and feelings is saved. It is shared with the local authority.")).toBeVisible();
  await expect.poll(() => advocate.taskStatuses()).toContain("The child's views shared: Completed");
  await fitsAndPassesAxe(advocatePage);

  // The chair records the meeting as held, on the date boxes.
  const chairPage = await signedIn(browser, 'manager@demo.heard');
  const chair = new MeetingPageObject(chairPage);
  await chair.open('/la', meetingId);
  await fillDate(chairPage, 'Date held', londonDay(0));
  await chairPage.getByLabel('Who attended, one per line').fill('Jordan Ellis\nPriya Shah\nLeo');
  await chairPage.getByLabel('How the child took part').selectOption('PN1');
  await chairPage.getByRole('button', { name: 'Record as held' }).click();
  const held = chair.confirmation(`The meeting is recorded as held on ${ukDate(londonDay(0))}, with 3 people attending.`);
  await expect(held).toBeVisible();
  await expect(held).toBeFocused();
  await expect
    .poll(() => chair.taskStatuses())
    .toEqual([
      "The child's views shared: Completed",
      "The advocate's input: Not yet started",
      'Attendance: record the meeting as held: Completed',
      'Decisions: Not yet started',
      'Actions agreed: Not yet started',
      'Complete the meeting: Not yet started',
    ]);
  await fitsAndPassesAxe(chairPage);

  await chairPage.getByLabel('Decision', { exact: true }).fill(decision);
  await chairPage.getByRole('button', { name: 'Record decision' }).click();
  await expect(chair.confirmation(`Decision recorded: "${decision}".`)).toBeVisible();
  await chairPage.getByLabel('What will be done').fill(action);
  await chairPage.getByLabel('Who will do it').fill('Hannah Price');
  await fillDate(chairPage, 'By when', londonDay(14));
  await chairPage.getByLabel('How it will be monitored').fill('Contact log checked at each visit');
  await chairPage.getByRole('button', { name: 'Add action' }).click();
  await expect(chair.confirmation(`Action agreed: "${action}" – Hannah Price, by ${ukDate(londonDay(14))}.`)).toBeVisible();
  await expect
    .poll(() => chair.taskStatuses())
    .toEqual([
      "The child's views shared: Completed",
      "The advocate's input: Not yet started",
      'Attendance: record the meeting as held: Completed',
      'Decisions: Completed',
      'Actions agreed: Completed',
      'Complete the meeting: Not yet started',
    ]);
  await fitsAndPassesAxe(chairPage);

  // Open actions from Leo's earlier meetings (other tests leave some) are carried over, so the meeting can complete.
  const reviews = chairPage.getByRole('button', { name: /^Save review of “/ });
  for (let left = await reviews.count(); left > 0; left = await reviews.count()) {
    const name = (await reviews.first().textContent()) ?? '';
    const what = /review of “(.+)”/.exec(name)?.[1] ?? '';
    const form = chairPage.locator('form', { has: reviews.first() });
    await form.getByLabel('Carried over', { exact: true }).check();
    await form.getByLabel('Reason (needed unless done)').fill(`Waiting for a venue (${stamp})`);
    await reviews.first().click();
    await expect(chair.confirmation(`Action reviewed: "${what}" is recorded as carried over to the next meeting.`)).toBeVisible();
    await expect(reviews).toHaveCount(left - 1);
  }

  // Check your answers, change the minutes once, then complete.
  await chair.taskLink('Complete the meeting').click();
  await expect(chairPage.getByRole('heading', { level: 2, name: 'Complete the meeting', exact: true })).toBeFocused();
  await chairPage.getByLabel('Minutes', { exact: true }).fill('Contact with his sister discussed.');
  await chairPage.getByLabel('A short summary written for the child').fill('You will keep seeing your sister on Saturdays.');
  await chairPage.getByRole('button', { name: 'Continue' }).click();
  await expect(chairPage.getByRole('heading', { level: 2, name: 'Check your answers before completing the meeting' })).toBeFocused();
  const answers = chairPage.locator('dl', { has: chairPage.getByText('Summary for the child', { exact: true }) });
  await expect(answers.locator('.summary-list__row', { hasText: 'Decisions' })).toContainText(decision);
  await expect(answers.locator('.summary-list__row', { hasText: 'Actions agreed' })).toContainText(`${action} – Hannah Price, by ${ukDate(londonDay(14))}`);
  await expect(answers.locator('.summary-list__row', { hasText: 'Who attended' })).toContainText('Jordan Ellis, Priya Shah, Leo');
  await expect(answers.locator('.summary-list__row', { hasText: 'Minutes' })).toContainText('Contact with his sister discussed.');
  await fitsAndPassesAxe(chairPage);

  await chairPage.getByRole('button', { name: 'Change the minutes' }).click();
  const minutes = chairPage.getByLabel('Minutes', { exact: true });
  await expect(minutes).toBeFocused();
  await expect(minutes).toHaveValue('Contact with his sister discussed.');
  await minutes.fill('Contact with his sister discussed; Saturday sessions agreed.');
  await chairPage.getByRole('button', { name: 'Continue' }).click();
  await expect(answers.locator('.summary-list__row', { hasText: 'Minutes' })).toContainText('Contact with his sister discussed; Saturday sessions agreed.');

  await chairPage.getByRole('button', { name: 'Complete the meeting' }).click();
  const completed = chair.confirmation('The meeting is completed. Its decisions, actions and the summary for the child are recorded.');
  await expect(completed).toBeVisible();
  await expect(completed).toBeFocused();
  await expect(chairPage.getByRole('button', { name: 'Complete the meeting' })).toHaveCount(0);
  await expect(chairPage.getByText('You will keep seeing your sister on Saturdays.')).toBeVisible();
  await expect
    .poll(() => chair.taskStatuses())
    .toEqual([
      "The child's views shared: Completed",
      "The advocate's input: Incomplete",
      'Attendance: record the meeting as held: Completed',
      'Decisions: Completed',
      'Actions agreed: Completed',
      'Complete the meeting: Completed',
    ]);
  await fitsAndPassesAxe(chairPage);
});
