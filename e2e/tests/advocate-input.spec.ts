import { SeedHoldMeetingDocument, SeedMeetingOptionsDocument, SeedScheduleMeetingDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { MeetingPage } from '../support/meeting-representations.page';
import { seriousViolations, signedIn } from '../support/sessions';
import { londonToday } from '../support/london-days';

const DECISION = 'Move Leo to a placement nearer his school';
const PROPOSAL = 'Move to a placement nearer school';
const INPUT = 'Leo wants to stay at his school and near his sister; he asks that the move waits until the end of term.';
const NOTHING_LINKED = "This decision changes the child's care plan, so link the advocate's input on it";

test("the advocate's input is the advocate's: the chair is refused, the advocate records their input, the chair links it", async ({ browser, request }) => {
  const seed = new GraphqlSeed(request);
  await seed.signIn('manager@demo.heard', DEMO_PASSWORD);
  const options = await seed.call(SeedMeetingOptionsDocument);
  const childId = options.laChildren.find((c) => c.givenName === 'Leo' && c.familyName === 'Nowak')?.id;
  const chairStaffId = options.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id;
  const scheduled = await seed.call(SeedScheduleMeetingDocument, {
    input: { childId: childId ?? '', scheduledOn: londonToday(), place: 'Northshire family centre', chairStaffId: chairStaffId ?? '', invitees: [] },
  });
  const meetingId = scheduled.scheduleMeeting.id;
  await seed.call(SeedHoldMeetingDocument, {
    input: { meetingId, heldOn: londonToday(), attendees: ['Jordan Ellis', 'Priya Shah', 'Leo'], participationCode: 'PN2' },
  });

  // The chair cannot record a significant decision alone: the form says why and what is missing.
  const chairPage = await signedIn(browser, 'manager@demo.heard');
  const chair = new MeetingPage(chairPage);
  await chair.open('/la', meetingId, 'Leo Nowak');
  await expect(chairPage.getByText('The advocate has not recorded any input for this meeting yet.')).toBeVisible();
  await expect(chairPage.getByLabel("The advocate's input on this decision")).toHaveCount(0);
  await expect(chairPage.getByLabel('The child chose to represent themselves at this meeting')).toHaveCount(0);
  await chairPage.getByLabel('This changes the care plan (significant)').check();
  await expect(chairPage.getByRole('note', { name: 'What this significant decision needs' })).toContainText(`Missing: ${NOTHING_LINKED}`);
  await chair.recordDecision(DECISION, { significant: true });
  await expect(chair.errorSummary()).toContainText(NOTHING_LINKED);
  await expect(chairPage.locator('#advocateInputId-error')).toContainText(NOTHING_LINKED);
  await expect(chairPage.getByRole('listitem').filter({ hasText: DECISION })).toHaveCount(0);
  expect(await seriousViolations(chairPage)).toEqual([]);

  // The advocate records their input on their own screen, on a phone.
  const advocatePage = await signedIn(browser, 'advocate@demo.heard');
  await advocatePage.setViewportSize({ width: 390, height: 844 });
  const advocate = new MeetingPage(advocatePage);
  await advocate.open('/advocate', meetingId, 'Leo Nowak');
  await expect(advocatePage.getByRole('heading', { level: 2, name: 'Your input on a proposed decision' })).toBeVisible();
  await expect(advocatePage.getByRole('heading', { level: 2, name: 'The child has chosen to represent themselves at this meeting' })).toBeVisible();
  await advocatePage.getByRole('button', { name: 'Record your input' }).click();
  await expect(advocate.errorSummary()).toContainText('Enter the decision proposed');
  await advocate.recordAdvocateInput(PROPOSAL, INPUT);
  await expect(advocate.confirmation(`Your input on "${PROPOSAL}" is recorded.`)).toBeVisible();
  await expect(advocatePage.locator('blockquote', { hasText: INPUT })).toBeVisible();
  expect(await advocatePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(advocatePage)).toEqual([]);

  // The chair sees the input with the advocate's name and links the decision to it.
  await chair.open('/la', meetingId, 'Leo Nowak');
  await expect(chairPage.locator('blockquote', { hasText: INPUT })).toBeVisible();
  await expect(chairPage.getByText(/^Priya Shah, \d{1,2} \w+ \d{4}, \d{2}:\d{2}$/)).toBeVisible();
  await chairPage.getByLabel('This changes the care plan (significant)').check();
  await chairPage.getByLabel(`${PROPOSAL}: "${INPUT}" (Priya Shah)`).check();
  await expect(chairPage.getByRole('note', { name: 'What this significant decision needs' })).toHaveText(
    "It will be recorded with the advocate's input you chose.",
  );
  await chair.recordDecision(DECISION, { significant: true, linkTo: `${PROPOSAL}: "${INPUT}" (Priya Shah)` });
  await expect(chair.confirmation(`Decision recorded: "${DECISION}".`)).toBeVisible();
  await expect(chairPage.getByRole('listitem').filter({ hasText: DECISION })).toContainText(`the advocate's input (Priya Shah): ${INPUT}`);
  expect(await seriousViolations(chairPage)).toEqual([]);
});
