import { SeedHoldMeetingDocument, SeedRecordChildViewDocument, SeedRecordMeetingDecisionDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { londonToday } from '../support/london-days';
import { childWithMeetingToday } from '../support/meeting-seed';
import { fitsAndPassesAxe, PHONE } from '../support/phone';
import { signedIn } from '../support/sessions';

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

test("the advocate adds the child's disagreement to a decision and the LA manager sees it beside the decision", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Maya${Date.now() % 100_000}`;
  const decisionText = `${givenName} will see her brother once a month`;
  const today = londonToday();
  const viewText = `${givenName} wants to stay at Hillside School`;
  const {
    manager,
    advocate: advocateSeed,
    meetingId,
    advocateEmail,
  } = await childWithMeetingToday(request, {
    laChildRef: `RC-${Date.now()}`,
    givenName,
    familyName: 'Lewis',
    dateOfBirth: '2013-06-09',
  });
  await advocateSeed.call(SeedRecordChildViewDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: viewText, shareable: true } });
  await manager.call(SeedHoldMeetingDocument, { input: { meetingId, heldOn: today, attendees: ['Jordan Ellis'], participationCode: 'PN1' } });
  await manager.call(SeedRecordMeetingDecisionDocument, { input: { meetingId, text: decisionText, significant: false, advocateInputId: null } });

  const advocate = await signedIn(browser, advocateEmail);
  await advocate.setViewportSize(PHONE);
  await advocate.goto(`/advocate/meetings/${meetingId}`);
  const decision = advocate.getByRole('listitem').filter({ hasText: decisionText });
  await decision.getByText('Put this right').click();
  const disagrees = decision.getByLabel('The child disagrees with what was recorded');
  await expect(disagrees).not.toBeChecked();
  await expect(decision.getByLabel('A correction: something here is wrong')).not.toBeChecked();

  // Nothing chosen: the form says what is missing, and the server is not asked.
  await decision.getByRole('button', { name: 'Add to the record' }).click();
  await expect(decision.locator('.error-summary')).toContainText('Choose whether this is a correction or the child’s disagreement');

  await disagrees.check();
  await decision.getByLabel('What the child says, in their own words').fill('I want to see him every week, not once a month.');
  await decision.getByRole('button', { name: 'Add to the record' }).click();
  const label = `${givenName} disagrees (recorded by their advocate on ${ukDate(today)})`;
  await expect(decision.locator('.notification-banner--success')).toContainText(`Added to the record: ${label}. The original stays as it was recorded.`);
  const corrections = advocate.getByRole('group', { name: `Corrections to the decision: ${decisionText}` });
  await expect(corrections).toContainText('The original stays as recorded; see the correction below.');
  await expect(corrections).toContainText(label);
  await expect(corrections).toContainText('"I want to see him every week, not once a month."');
  await fitsAndPassesAxe(advocate);

  // The LA manager sees the child's disagreement beside the decision, which stays as recorded; they can add only a correction.
  const la = await signedIn(browser, 'manager@demo.heard');
  await la.setViewportSize(PHONE);
  await la.goto(`/la/meetings/${meetingId}`);
  const laDecision = la.getByRole('listitem').filter({ hasText: decisionText });
  const shown = la.getByRole('group', { name: `Corrections to the decision: ${decisionText}` });
  await expect(shown).toContainText(label);
  await expect(shown).toContainText('"I want to see him every week, not once a month."');
  await laDecision.getByText('Put this right').click();
  await expect(laDecision.getByLabel('A correction: something here is wrong')).toBeVisible();
  await expect(laDecision.getByLabel('The child disagrees with what was recorded')).toHaveCount(0);
  await fitsAndPassesAxe(la);

  // A view the child shared can be put right too, and the correction shows beside it for the advocate.
  const laView = la.locator('li.record').filter({ hasText: viewText });
  await laView.getByText('Put this right').click();
  await laView.getByLabel('A correction: something here is wrong').check();
  await laView.getByLabel('What is wrong, and what is right').fill('The school is Hillside Academy.');
  await laView.getByRole('button', { name: 'Add to the record' }).click();
  await expect(laView.locator('.notification-banner--success')).toContainText('Added to the record');
  await advocate.reload();
  const viewCorrections = advocate.getByRole('group', { name: `Corrections to view 1: Wishes and feelings` });
  await expect(viewCorrections).toContainText(`Corrected by the local authority on ${ukDate(today)}The school is Hillside Academy.`);
  await fitsAndPassesAxe(advocate);
});
