import { createEnglandAndWalesCalendar, NOTICE_BAND_LABELS, noticeBand, noticeWorkingDays } from '@heard/domain';
import { SeedLaStaffDocument, SeedRecordTriggerDocument, SeedScheduleMeetingDocument } from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { londonDay, londonToday } from '../support/london-days';
import { fitsAndPassesAxe, PHONE } from '../support/phone';
import { signedIn } from '../support/sessions';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A fresh Northshire child with their advocate, and a meeting three weeks from today with no time or venue yet. */
async function scheduledMeeting(request: APIRequestContext, givenName: string): Promise<{ meetingId: string; advocateEmail: string; meetingOn: string }> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonToday(),
      newChild: { laChildRef: `ML-${Date.now()}`, givenName, familyName: 'Okonjo', dateOfBirth: '2013-05-09', firstLanguage: 'English' },
    },
  });
  const staff = await manager.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const meetingOn = londonDay(21);
  const scheduled = await manager.call(SeedScheduleMeetingDocument, {
    input: { childId: recorded.recordTriggerEvent.child.id, scheduledOn: meetingOn, place: 'To be arranged', chairStaffId, invitees: [] },
  });
  return { meetingId: scheduled.scheduleMeeting.id, advocateEmail: ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '', meetingOn };
}

const confirmation = (page: Page, text: string) => page.getByRole('status').filter({ hasText: 'Success' }).filter({ hasText: text });

test('the LA manager sets the time and venue and sends the invitations; the advocate sees the time and place', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Ada${Date.now() % 100_000}`;
  const { meetingId, advocateEmail, meetingOn } = await scheduledMeeting(request, givenName);
  const notice = noticeWorkingDays(createEnglandAndWalesCalendar(), londonToday(), meetingOn);
  const noticeText = `${notice} working days`;

  const page = await signedIn(browser, 'manager@demo.heard');
  await page.setViewportSize(PHONE);
  await page.goto(`/la/meetings/${meetingId}`);
  const section = page.getByRole('region', { name: 'Time and place' });
  await expect(section.getByText('Not set yet')).toHaveCount(2);
  await expect(section.getByText('Nobody has been invited yet.')).toBeVisible();

  // The server's rules show as the form's errors: a 12-hour time is refused.
  await section.getByLabel('Start time').fill('2:30pm');
  await section.getByLabel('Length in minutes').fill('90');
  await section.getByLabel('Venue', { exact: true }).selectOption({ label: 'School' });
  await section.getByLabel('Venue details').fill('Hill Road Academy, room 4');
  await section.getByRole('button', { name: 'Save time and place' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Start time must be a 24-hour time such as 14:30.' })).toBeVisible();
  await section.getByLabel('Start time').fill('14:30');
  await section.getByRole('button', { name: 'Save time and place' }).click();
  await expect(confirmation(page, 'The meeting starts at 2:30pm and lasts 1 hour 30 minutes, at School: Hill Road Academy, room 4.')).toBeVisible();
  await expect(section.getByText('2:30pm, for 1 hour 30 minutes (UK time)')).toBeVisible();

  await section.getByLabel('Role').selectOption({ label: 'The child' });
  await section.getByLabel('Name', { exact: true }).fill(givenName);
  await section.getByRole('button', { name: 'Add to the invitations' }).click();
  await expect(confirmation(page, `${givenName} is added to the invitations as the child.`)).toBeVisible();
  await section.getByLabel('Role').selectOption({ label: 'Parent' });
  await section.getByLabel('Name', { exact: true }).fill('Grace Okonjo');
  await section.getByLabel('Email address').fill('grace.okonjo@example.org');
  await section.getByRole('button', { name: 'Add to the invitations' }).click();
  await expect(confirmation(page, 'Grace Okonjo is added to the invitations as parent.')).toBeVisible();

  await section.getByRole('button', { name: 'Send 2 invitations' }).click();
  await expect(
    confirmation(page, `The invitations are sent, each with a calendar file. Notice given: ${noticeText}, from ${ukDate(londonToday())}.`),
  ).toBeVisible();
  const rows = section.getByRole('table', { name: 'People invited, by role' }).getByRole('row');
  await expect(rows).toHaveText([
    /Role\s*Name\s*Email\s*Sent\s*Notice given/,
    new RegExp(`The child\\s*${givenName}\\s*None: their advocate tells them\\s*${ukDate(londonToday())}\\s*${noticeText}`),
    new RegExp(`Parent\\s*Grace Okonjo\\s*grace.okonjo@example.org\\s*${ukDate(londonToday())}\\s*${noticeText}`),
  ]);
  await expect(section.getByText(`${noticeText} (${NOTICE_BAND_LABELS[noticeBand(notice)]})`)).toBeVisible();
  await expect(section.getByText('Not shared yet')).toBeVisible();
  await fitsAndPassesAxe(page);

  const advocate = await signedIn(browser, advocateEmail);
  await advocate.setViewportSize(PHONE);
  await advocate.goto(`/advocate/meetings/${meetingId}`);
  const seen = advocate.getByRole('region', { name: 'Time and place' });
  await expect(seen.getByText('2:30pm, for 1 hour 30 minutes (UK time)')).toBeVisible();
  await expect(seen.getByText('School: Hill Road Academy, room 4')).toBeVisible();
  await expect(seen.getByRole('button', { name: /Send/ })).toHaveCount(0);
  await seen.getByLabel('Preferred venue').selectOption({ label: 'Where the child lives' });
  await seen.getByLabel('Preferred time and details').fill('After school, not on a Friday');
  await seen.getByRole('button', { name: "Save the child's preference" }).click();
  await expect(confirmation(advocate, "The child's preference is recorded: Where the child lives, After school, not on a Friday.")).toBeVisible();
  await expect(seen.getByText('Where the child lives: After school, not on a Friday')).toBeVisible();
  await fitsAndPassesAxe(advocate);
});
