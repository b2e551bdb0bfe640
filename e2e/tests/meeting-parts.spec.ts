import { SeedHoldMeetingDocument, SeedRecordChildSelfRepresentationDocument } from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { londonDay } from '../support/london-days';
import { childWithMeetingToday } from '../support/meeting-seed';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

const MISSED = 'Move to a foster home nearer school';

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A fresh Northshire child with their advocate, who recorded that the child represents themselves; the meeting is held today. */
async function heldMeeting(request: APIRequestContext, givenName: string): Promise<{ meetingId: string; advocateEmail: string }> {
  const seeded = await childWithMeetingToday(request, { laChildRef: `MP-${Date.now()}`, givenName, familyName: 'Osei', dateOfBirth: '2012-05-09' });
  const { manager, advocate, meetingId } = seeded;
  await advocate.call(SeedRecordChildSelfRepresentationDocument, { input: { meetingId, childWords: 'I will speak for myself' } });
  await manager.call(SeedHoldMeetingDocument, { input: { meetingId, heldOn: londonDay(0), attendees: ['Jordan Ellis', givenName], participationCode: 'PN1' } });
  return { meetingId, advocateEmail: seeded.advocateEmail };
}

async function addPart(page: Page, title: string, attendees: string, childThere: boolean, chair?: string): Promise<void> {
  await page.getByLabel('What this part was').fill(title);
  await page.getByLabel('Who attended this part, one per line').fill(attendees);
  await page.getByLabel(childThere ? 'Yes, the child was there' : 'No, the child was not there').check();
  if (chair !== undefined) await page.getByLabel(chair).check();
  await page.getByRole('button', { name: 'Add part' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Part recorded: "${title}".` })).toBeVisible();
}

test('a meeting in two parts: a decision the child missed is marked, and the advocate records that the child was told', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const givenName = `Ama${Date.now() % 100_000}`;
  const { meetingId, advocateEmail } = await heldMeeting(request, givenName);

  const chair = await signedIn(browser, 'manager@demo.heard');
  await chair.goto(`/la/meetings/${meetingId}`);
  await expect(chair.getByRole('heading', { name: 'Parts of the meeting' })).toBeVisible();
  await expect(chair.getByText('This meeting is not recorded in parts: it was held in one piece.')).toBeVisible();
  await addPart(chair, 'With the child', `Jordan Ellis\n${givenName}`, true, 'The child co-chaired');
  await addPart(chair, 'Professionals only', 'Jordan Ellis\nDr Lee', false);
  const parts = chair.locator('table.table--stack').filter({ hasText: 'Professionals only' });
  await expect(parts.getByRole('row')).toHaveText([
    /Part\s*Who attended\s*The child\s*Chair/,
    new RegExp(
      `1\\. With the child\\s*Jordan Ellis, ${givenName}\\s*Was there\\s*Co-chaired by ${givenName} and Jordan Ellis, with Jordan Ellis as accountable chair`,
    ),
    /2\. Professionals only\s*Jordan Ellis, Dr Lee\s*Not there\s*Chaired by Jordan Ellis/,
  ]);

  await chair.getByLabel('Decision', { exact: true }).fill(MISSED);
  await chair.getByLabel('The part of the meeting it was made in').selectOption({ label: '2. Professionals only (the child was not there)' });
  await chair.getByLabel('This changes the care plan (significant)').check();
  await chair.getByRole('button', { name: 'Record decision' }).click();
  await expect(chair.getByRole('status').filter({ hasText: `Decision recorded: "${MISSED}".` })).toBeVisible();
  const missed = chair.getByRole('list', { name: 'Decisions made while the child was not there' }).getByRole('listitem');
  await expect(missed).toHaveCount(1);
  await expect(missed).toContainText(MISSED);
  await expect(missed).toContainText('Made while the child was not there');
  await expect(missed).toContainText('The child has not been told yet');
  await expect(missed).toContainText("The child's advocate records telling the child and what they said.");

  await chair.getByLabel('Whose views').selectOption({ label: 'Parent' });
  await chair.getByLabel('Their name').fill('Efua Osei');
  await chair.getByLabel('Their relationship to the child').fill('Mum');
  await chair.getByLabel('Their views').fill(`I want ${givenName} to stay at the same school`);
  await chair.getByRole('button', { name: 'Record their views' }).click();
  await expect(chair.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText(['Select who at the meeting may read them']);
  await chair.getByLabel("The local authority and the child's advocate").check();
  await chair.getByRole('button', { name: 'Record their views' }).click();
  await expect(chair.getByRole('status').filter({ hasText: "Efua Osei's views are recorded." })).toBeVisible();
  await fitsAndPassesAxe(chair);

  const advocate = await signedIn(browser, advocateEmail);
  await advocate.goto(`/advocate/meetings/${meetingId}`);
  const task = advocate.getByRole('listitem').filter({ hasText: 'Tell the child about decisions made while they were not there' });
  await expect(task).toContainText('1 decision not yet told');
  const family = advocate.getByRole('list', { name: "Parents' and carers' views" });
  await expect(family).toContainText(`Efua Osei (Mum)`);
  await expect(family).toContainText(`I want ${givenName} to stay at the same school`);
  await expect(advocate.getByRole('list', { name: "The child's views, in the order recorded" })).toHaveCount(0);
  await fitsAndPassesAxe(advocate);

  const briefing = advocate.getByRole('form', { name: `The child was told: ${MISSED}` });
  await fillDate(briefing, 'When you told the child', londonDay(0));
  await briefing.getByLabel('What the child said').fill('I am OK with it if I can still see my friends');
  await advocate.getByRole('button', { name: 'Record that the child was told' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: `Recorded that the child was told about "${MISSED}" and what they said.` })).toBeVisible();
  const told = advocate.getByRole('list', { name: 'Decisions made while the child was not there' }).getByRole('listitem');
  await expect(told).toContainText(`The child has been told on ${ukDate(londonDay(0))}`);
  await expect(told).toContainText('I am OK with it if I can still see my friends');
  await expect(task).toContainText('1 decision told');
  await fitsAndPassesAxe(advocate);
});
