import {
  SeedCompleteMeetingDocument,
  SeedHoldMeetingToReviewDocument,
  SeedLaStaffDocument,
  SeedMeetingActionsDocument,
  SeedReviewActionDocument,
  SeedScheduleMeetingDocument,
} from '@heard/graphql-types/testing';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD, LoginPage } from '../support/login.page';

const ACTION = 'Arrange weekly contact with his sister';

function isoDaysFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
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
  await page.getByLabel('Date').fill(isoDaysFromNow(0));
  await page.getByLabel('Place').fill('Northshire family centre');
  await page.getByLabel('Chair', { exact: true }).selectOption({ label: 'Jordan Ellis (team manager)' });
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Care-planning meeting for Leo Nowak' })).toBeVisible();
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
  await page.getByLabel('By when').fill(isoDaysFromNow(14));
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
      input: { childId: first.meeting.childId, scheduledOn: isoDaysFromNow(0), place: 'Centre', chairStaffId, invitees: [] },
    });
    const id = scheduled.scheduleMeeting.id;
    await seed.call(SeedHoldMeetingToReviewDocument, {
      input: { meetingId: id, heldOn: isoDaysFromNow(0), attendees: ['Jordan Ellis'], participationCode: 'PN5' },
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
