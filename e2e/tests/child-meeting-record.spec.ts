import {
  SeedCompleteMeetingDocument,
  SeedHoldMeetingDocument,
  SeedRecordActionDocument,
  SeedRecordMeetingDecisionDocument,
} from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { fitsAndPassesAxe, PHONE } from '../support/phone';
import { signedIn } from '../support/sessions';
import { londonDay } from '../support/london-days';
import { childWithMeetingToday } from '../support/meeting-seed';

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A fresh Northshire child with their advocate, and a meeting held today and completed with a decision and an action. */
async function completedMeeting(request: APIRequestContext, givenName: string): Promise<{ meetingId: string; advocateEmail: string }> {
  const today = londonDay(0);
  const { manager, meetingId, advocateEmail } = await childWithMeetingToday(request, {
    laChildRef: `CR-${Date.now()}`,
    givenName,
    familyName: 'Hartley',
    dateOfBirth: '2014-03-02',
  });
  await manager.call(SeedHoldMeetingDocument, { input: { meetingId, heldOn: today, attendees: ['Jordan Ellis'], participationCode: 'PN1' } });
  await manager.call(SeedRecordMeetingDecisionDocument, {
    input: { meetingId, text: 'You will join the after-school football club', significant: false, advocateInputId: null },
  });
  await manager.call(SeedRecordActionDocument, {
    input: { meetingId, what: 'Book a place at the club', owner: 'Your social worker', dueOn: londonDay(14), monitoring: 'Next visit' },
  });
  await manager.call(SeedCompleteMeetingDocument, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'We made a plan.' } });
  return { meetingId, advocateEmail };
}

test("the advocate edits the child's record of a meeting, sees its reading age, goes through it and prints it", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Rosa${Date.now() % 100_000}`;
  const { meetingId, advocateEmail } = await completedMeeting(request, givenName);
  const page = await signedIn(browser, advocateEmail);
  await page.setViewportSize(PHONE);
  await page.goto(`/advocate/meetings/${meetingId}`);
  await page.getByRole('link', { name: `Record for ${givenName} Hartley` }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Record for ${givenName}` })).toBeVisible();
  const text = page.getByLabel(`What you will tell ${givenName}`, { exact: true });
  await expect(text).toHaveValue(
    [
      `At your meeting on ${ukDate(londonDay(0))} we decided:`,
      '- You will join the after-school football club.',
      '',
      'Who will do what:',
      `- Your social worker will book a place at the club by ${ukDate(londonDay(14))}.`,
      '',
      'If you want to ask about any of this, or you do not agree, tell your advocate.',
    ].join('\n'),
  );
  const guidance = page.locator('#reading-age');
  await expect(guidance).toContainText('Aim for a reading age of 9 or under.');
  await fitsAndPassesAxe(page);

  // A long, hard sentence is too hard; short plain words are fine. The guidance changes as the advocate types.
  await text.fill('Consequently, the multidisciplinary professionals collaboratively determined comprehensive educational accommodations.');
  await expect(guidance).toContainText('too hard for many children. Aim for a reading age of 9 or under: use shorter sentences and shorter words.');
  await fitsAndPassesAxe(page);
  await text.fill('You will go to the club on Fridays. Sam will take you. Tell me if you do not like it.');
  await expect(guidance).toContainText(': good. Aim for a reading age of 9 or under.');
  await page.getByRole('button', { name: 'Save the record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(`The record for ${givenName} is saved.`);
  await fitsAndPassesAxe(page);

  // We went through it together: an empty answer is refused inline, then recorded with a confirmation.
  await page.getByRole('button', { name: 'Record that you went through it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(`Enter what ${givenName} said about it`);
  await expect(page.locator('#childSaid-error')).toHaveText(`Error: Enter what ${givenName} said about it`);
  await fitsAndPassesAxe(page);
  await fillDate(page, 'Date you went through it together', londonDay(0));
  await page.getByLabel(`What ${givenName} said about it`, { exact: true }).fill('I like football. Can my friend come too?');
  await page.getByRole('button', { name: 'Record that you went through it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' }).last()).toContainText(`Recorded that you went through the record with ${givenName}.`);
  await expect(page.locator('.summary-list')).toContainText('I like football. Can my friend come too?');
  await fitsAndPassesAxe(page);

  // The printable page: large type, the record's text, and print hides the portal around it.
  await page.getByRole('link', { name: `Print the record for ${givenName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello ${givenName}` })).toBeVisible();
  await expect(page.locator('.advocate-card')).toContainText('Sam will take you.');
  await fitsAndPassesAxe(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print the record' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the record' })).toBeHidden();
  await expect(page.locator('.advocate-card')).toBeVisible();
  await page.context().close();
});
