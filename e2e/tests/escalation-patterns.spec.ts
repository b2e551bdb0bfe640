import {
  SeedCompleteMeetingDocument,
  SeedHoldMeetingDocument,
  SeedHoldMeetingToReviewDocument,
  SeedLaStaffDocument,
  SeedRaiseConcernDocument,
  SeedRecordActionDocument,
  SeedRecordOfferOutcomeDocument,
  SeedRecordTriggerDocument,
  SeedReviewActionDocument,
  SeedScheduleMeetingDocument,
} from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ConcernPageObject } from '../support/concern.page';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { signedIn } from '../support/sessions';
import { fitsAndPassesAxe } from '../support/phone';
import { londonDay } from '../support/london-days';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };
const UK_DATE = '\\d{1,2} [A-Z][a-z]+ \\d{4}';

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A family name of letters only, new on every run. */
function uniqueFamilyName(): string {
  return `Drift${Date.now()
    .toString(26)
    .replace(/[0-9]/g, (d) => String.fromCharCode(97 + Number(d)))}`;
}

interface DriftFixture {
  childId: string;
  childName: string;
  advocateEmail: string;
  actionId: string;
  agreedOn: string;
}

/** A Northshire child new to Heard with an advocate, whose action from a first meeting was carried over at two later ones. */
async function childWithDriftedAction(request: APIRequestContext, what: string): Promise<DriftFixture> {
  const givenName = 'Esme';
  const familyName = uniqueFamilyName();
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(0),
      newChild: { laChildRef: `EP-${Date.now()}`, givenName, familyName, dateOfBirth: '2012-05-14', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  await advocate.call(SeedRecordOfferOutcomeDocument, {
    input: { offerId: recorded.recordTriggerEvent.child.currentOffer?.id ?? '', outcome: 'ACCEPTED', decidedOn: londonDay(0), childWords: 'Yes please' },
  });

  const staff = await manager.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const held = async (): Promise<string> => {
    const scheduled = await manager.call(SeedScheduleMeetingDocument, {
      input: { childId, scheduledOn: londonDay(0), place: 'Centre', chairStaffId, invitees: [] },
    });
    return scheduled.scheduleMeeting.id;
  };
  const first = await held();
  await manager.call(SeedHoldMeetingDocument, {
    input: { meetingId: first, heldOn: londonDay(0), attendees: ['Jordan Ellis'], participationCode: 'PN5' },
  });
  const agreed = await manager.call(SeedRecordActionDocument, {
    input: { meetingId: first, what, owner: 'Hannah Price', dueOn: londonDay(14), monitoring: 'Checked at each visit' },
  });
  const actionId = agreed.recordAction.actions.find((a) => a.what === what)?.id ?? '';
  await manager.call(SeedCompleteMeetingDocument, { input: { meetingId: first, minutes: 'Minutes', summaryForChild: 'We made a plan.' } });
  for (const reason of ['No venue yet', 'The venue fell through']) {
    const later = await held();
    await manager.call(SeedHoldMeetingToReviewDocument, {
      input: { meetingId: later, heldOn: londonDay(0), attendees: ['Jordan Ellis'], participationCode: 'PN5' },
    });
    await manager.call(SeedReviewActionDocument, { input: { meetingId: later, actionId, outcome: 'CARRIED_OVER', reason } });
    await manager.call(SeedCompleteMeetingDocument, { input: { meetingId: later, minutes: 'Minutes', summaryForChild: 'Summary' } });
  }
  return { childId, childName: `${givenName} ${familyName}`, advocateEmail, actionId, agreedOn: londonDay(0) };
}

test('raising a concern from drift pre-fills the action and its history; escalating checks the answers and needs the skip-stage reason; closing has no preselected answer', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const what = `Find a venue for sibling contact ${Date.now()}`;
  const fixture = await childWithDriftedAction(request, what);
  const page = await signedIn(browser, fixture.advocateEmail);

  // From the drifted action on the advocate's list.
  const row = page.getByRole('row').filter({ hasText: what });
  await expect(row).toContainText('Drift');
  await row.getByRole('link', { name: `Raise a concern about “${what}”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
  const history = page.locator('.summary-list').first();
  await expect(history.locator('.summary-list__row')).toHaveText([
    `Action${what}`,
    'Who owns itHannah Price',
    `Agreed at the meeting on${ukDate(fixture.agreedOn)}`,
    `Due${ukDate(londonDay(14))}`,
    'ReviewsCarried over 2 times at later meetings',
    'Reason given at its last reviewThe venue fell through',
  ]);
  await expect(page.getByLabel('What is wrong', { exact: true })).toHaveValue(
    `The action “${what}”, agreed at the meeting on ${ukDate(fixture.agreedOn)} and owned by Hannah Price, was due ${ukDate(londonDay(14))}. ` +
      'Carried over 2 times at later meetings and still not done. Reason given at its last review: “The venue fell through”.',
  );
  await expect(page.getByLabel('Delay in the plan')).toBeChecked();
  await fitsAndPassesAxe(page);

  await page.getByLabel('What the child wants, in their words where possible').fill('I want to see my brother before the summer');
  await page.getByRole('button', { name: 'Raise concern' }).click();
  const concern = new ConcernPageObject(page);
  await expect(concern.notice()).toHaveText(
    new RegExp(`^Concern raised with ${fixture.childName}'s social worker\\. The social worker has until ${UK_DATE} to respond\\.$`),
  );
  await expect(concern.banner()).toBeFocused();
  await fitsAndPassesAxe(page);

  // Skipping a stage needs the reason: it is labelled as required and checked before anything is sent.
  await concern.fillEscalation('Service manager (only if the child is at risk)', 'Find a venue this month');
  await expect(page.getByLabel('Why the child is at risk', { exact: true })).toBeVisible();
  const skipMessage = 'Enter why the child is at risk: escalating to Service manager skips a stage';
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([skipMessage]);
  await expect(page.locator('#atRiskReason-error')).toHaveText(`Error: ${skipMessage}`);
  await fitsAndPassesAxe(page);

  // Check your answers, change one answer, then escalate.
  await page.getByLabel('Why the child is at risk', { exact: true }).fill('She has stopped going to school');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers before escalating' })).toBeVisible();
  const answers = page.locator('dl').filter({ hasText: 'Escalate to' });
  await expect(answers.locator('dd:first-of-type')).toHaveText(['Service manager', 'Find a venue this month', 'She has stopped going to school']);
  await fitsAndPassesAxe(page);
  await page.getByRole('button', { name: 'Change what you are asking for' }).click();
  await expect(page.getByLabel('What you are asking for')).toBeFocused();
  await expect(page.getByLabel('What you are asking for')).toHaveValue('Find a venue this month');
  await page.getByLabel('What you are asking for').fill('Find a venue within two weeks');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(answers.locator('dd:first-of-type')).toHaveText(['Service manager', 'Find a venue within two weeks', 'She has stopped going to school']);
  await page.getByRole('button', { name: 'Escalate to Service manager' }).click();
  await expect(concern.notice()).toHaveText(new RegExp(`^Concern escalated to Service manager\\. The service manager has until ${UK_DATE} to respond\\.$`));
  await concern.expectStage('Service manager');
  await expect(concern.timelineEntry('Escalated to Service manager')).toBeVisible();
  await fitsAndPassesAxe(page);

  // Closing: neither answer is chosen until the advocate chooses.
  await expect(page.getByLabel('Resolved', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('The child wants to withdraw it')).not.toBeChecked();
  await page.getByRole('button', { name: 'Close concern' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([
    'Select whether the concern was resolved or the child wants to withdraw it',
    "Enter the outcome in the child's terms",
  ]);
  await fitsAndPassesAxe(page);
  await page.getByLabel('Resolved', { exact: true }).check();
  await page.getByLabel("The outcome, in the child's terms").fill('A venue was found: contact starts on Saturday');
  await page.getByRole('button', { name: 'Resolve concern' }).click();
  await expect(concern.notice()).toHaveText('Concern resolved. It is closed: nothing more can be recorded on it.');
  await expect(
    page
      .locator('.summary-list__row')
      .filter({ hasText: /^Status/ })
      .locator('dd'),
  ).toHaveText('Resolved: A venue was found: contact starts on Saturday');
  await fitsAndPassesAxe(page);
});

test('Commissioner staff see a confirmation after triage, and check their answers before applying to court', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const fixture = await childWithDriftedAction(request, `Agree a school transport plan ${Date.now()}`);
  const seed = new GraphqlSeed(request);
  await seed.signIn(fixture.advocateEmail, DEMO_PASSWORD);
  const what = `No school place after the move ${Date.now()}`;
  const raised = await seed.call(SeedRaiseConcernDocument, {
    input: { childId: fixture.childId, whatIsWrong: what, childWants: 'I want to go back to school', themes: ['EDUCATION'], evidence: [] },
  });
  const advocate = await signedIn(browser, fixture.advocateEmail);
  await advocate.goto(`/advocate/concerns/${raised.raiseConcern.id}`);
  const advocateView = new ConcernPageObject(advocate);
  await advocateView.escalate("Children's Commissioner (only if the child is at risk)", 'Please intervene', 'He has been out of school for six weeks');
  await expect(advocateView.notice()).toHaveText("Concern escalated to Children's Commissioner. The Children's Commissioner's staff will triage it next.");

  const page = await signedIn(browser, 'commissioner@demo.heard');
  await page.goto(`/commissioner/concerns/${raised.raiseConcern.id}`);
  const concern = new ConcernPageObject(page);
  await expect(concern.heading(what)).toBeVisible();
  await page.getByLabel('Triage note (priority, next steps)').fill('High priority: ask the LA for the school plan');
  await page.getByRole('button', { name: 'Record triage' }).click();
  await expect(concern.notice()).toHaveText('Triage recorded. Next, request information from the local authority, apply to court, or resolve the concern.');
  await expect(concern.timelineEntry('Triaged by the Children’s Commissioner')).toBeVisible();
  await fitsAndPassesAxe(page);

  await page.getByLabel('What the local authority is asked for').fill('The school place plan');
  await fillDate(page, 'Deadline', londonDay(10));
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(concern.notice()).toHaveText(`Request sent to Northshire County Council. They have until ${ukDate(londonDay(10))} to send the information.`);
  await fitsAndPassesAxe(page);

  // The LA sends it (so no concern is left waiting on the LA for later specs), and is told where it went.
  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.goto(`/la/concerns/${raised.raiseConcern.id}`);
  await manager.getByLabel('Response', { exact: true }).fill('The school place starts on Monday');
  await manager.getByRole('button', { name: 'Send response' }).click();
  const laView = new ConcernPageObject(manager);
  await expect(laView.notice()).toHaveText("Information sent to the Children's Commissioner. Their staff will see it in the concern's history.");
  await fitsAndPassesAxe(manager);
  await expect(concern.timelineEntry('Local authority responded')).toBeVisible();

  await page.getByLabel('Court', { exact: true }).fill('Family Court at York');
  await page.getByLabel('Case number').fill('YO26C00017');
  await page.getByLabel('Order sought').fill('A specific issue order on his school place');
  await fillDate(page, 'First hearing date (optional)', londonDay(21));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers before applying to court' })).toBeVisible();
  const answers = page.locator('dl').filter({ hasText: 'Case number' }).first();
  await expect(answers.locator('dd:first-of-type')).toHaveText([
    'Family Court at York',
    'YO26C00017',
    'A specific issue order on his school place',
    ukDate(londonDay(21)),
  ]);
  await fitsAndPassesAxe(page);
  await page.getByRole('button', { name: 'Apply to court' }).click();
  await expect(concern.notice()).toHaveText(
    'Application to Family Court at York recorded, case number YO26C00017. Record each hearing on this page as it happens.',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Court application' })).toBeVisible();
  await concern.expectStage('Court');
  await fitsAndPassesAxe(page);
});
