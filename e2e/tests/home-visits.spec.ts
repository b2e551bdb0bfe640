import { expect, test } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';
import { fillDate } from '../support/date-input';
import { isoDaysFromToday, VisitReportForm } from '../support/visit-report.page';
import { fitsAndPassesAxe } from '../support/phone';

const RECOMMENDATION = 'Repair the broken lock on the lounge window';
const CHILD = 'Ellie';
const SAID_IN_PRIVATE = 'I miss my brother and nobody tells me when I can see him';
const LA_ANSWER = 'We have asked the provider to fit the new lock this week.';
const HOME_ANSWER = 'The lock was replaced on the day of the visit.';

test('an advocate reports a visit with a recommendation, the placing LA sees it, and the next visit follows it up', async ({ browser }) => {
  test.setTimeout(150_000);
  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.getByRole('link', { name: 'My homes' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'My homes' })).toBeVisible();
  await advocate.getByRole('link', { name: 'Oakfield House' }).click();
  await advocate.getByRole('link', { name: 'Start a visit report' }).click();

  const form = new VisitReportForm(advocate);
  // The task list shows each part of the report and how far it has got.
  await expect
    .poll(() => form.tasks())
    .toEqual([
      'The visit: Not yet started',
      'Children spoken to: Not yet started',
      'Staff and records: Not yet started',
      'Quality Standards: Not yet started',
      'Recommendations for the home: Not yet started',
    ]);
  await expect(advocate.getByText('You have completed 0 of 3 required parts.')).toBeVisible();
  await fitsAndPassesAxe(advocate);
  await fillDate(advocate, 'Date of the visit', isoDaysFromToday(0));
  await expect.poll(async () => (await form.tasks())[0]).toBe('The visit: Incomplete');
  await advocate.getByRole('link', { name: 'Staff and records', exact: true }).click();
  await expect(advocate.getByRole('heading', { level: 2, name: '3. Staff and records' })).toBeFocused();

  await form.fillVisit();
  await form.addRecommendation(RECOMMENDATION);
  await form.addChildSpokenToInPrivate(CHILD, SAID_IN_PRIVATE);
  await expect
    .poll(() => form.tasks())
    .toEqual([
      'The visit: Completed',
      'Children spoken to: Completed',
      'Staff and records: Completed',
      'Quality Standards: Completed',
      'Recommendations for the home: Completed',
    ]);
  await expect(advocate.getByText('You have completed 3 of 3 required parts.')).toBeVisible();
  expect(await seriousViolations(advocate)).toEqual([]);
  await advocate.getByRole('button', { name: 'Save draft' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('Draft saved. You can come back to it later.');
  await fitsAndPassesAxe(advocate);

  // The draft can be resumed later.
  await advocate.reload();
  await expect(advocate.getByText('You are continuing your draft report.')).toBeVisible();
  await expect(advocate.getByLabel('Staff you spoke to')).toHaveValue('Registered manager and two residential workers');
  await expect(advocate.getByRole('group', { name: 'Recommendation 1', exact: true }).getByLabel('What the home should do')).toHaveValue(RECOMMENDATION);

  // Submit first shows every answer to check, each with a Change link back to its field.
  await form.checkAnswers();
  await expect(advocate.getByRole('definition').filter({ hasText: 'Registered manager and two residential workers' })).toBeVisible();
  await expect(advocate.getByRole('definition').filter({ hasText: RECOMMENDATION })).toBeVisible();
  await fitsAndPassesAxe(advocate);
  await advocate.getByRole('button', { name: 'Change the staff you spoke to' }).click();
  await expect(advocate.getByLabel('Staff you spoke to')).toBeFocused();
  await advocate.getByLabel('Staff you spoke to').fill('Registered manager and the night worker');
  await form.checkAnswers();
  await expect(advocate.getByRole('definition').filter({ hasText: 'Registered manager and the night worker' })).toBeVisible();
  await advocate.getByRole('button', { name: 'Submit the visit report' }).click();

  // The submitted report opens with a confirmation of what happens next.
  await expect(advocate.getByRole('heading', { level: 1, name: /^Visit report: / })).toBeVisible();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    "Visit report submitted. The local authorities that placed children at Oakfield House and the Children's Commissioner have been told, and the home's provider has been emailed the shared report. Follow up its recommendation at your next visit.",
  );
  await expect(advocate.getByRole('cell', { name: RECOMMENDATION })).toBeVisible();
  await expect(advocate.getByRole('listitem').filter({ hasText: CHILD })).toHaveText(`${CHILD} (in private, not shared): ${SAID_IN_PRIVATE}`);
  await fitsAndPassesAxe(advocate);

  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.getByRole('link', { name: 'Homes', exact: true }).click();
  await manager.getByRole('link', { name: 'Oakfield House' }).click();
  await expect(manager.getByRole('table', { name: 'Open recommendations, oldest due first' }).getByRole('cell', { name: RECOMMENDATION })).toBeVisible();
  await manager.getByRole('link', { name: /^Visit on / }).click();
  await expect(manager.getByRole('heading', { level: 1, name: /^Visit report: / })).toBeVisible();
  await expect(manager.getByRole('cell', { name: RECOMMENDATION })).toBeVisible();
  // The LA sees that a child was spoken to, never who or what they said in private.
  await expect(manager.getByText('1 child spoken to. Their names, and what they said in private, are not shared.')).toBeVisible();
  await expect(manager.getByText(CHILD)).toHaveCount(0);
  await expect(manager.getByText(SAID_IN_PRIVATE)).toHaveCount(0);
  expect(await seriousViolations(manager)).toEqual([]);

  // The placing LA answers the recommendation from its list, within the 20 working days.
  await manager.getByRole('link', { name: 'Visit recommendations', exact: true }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Visit recommendations to answer' })).toBeVisible();
  const toAnswer = manager.getByRole('region', { name: RECOMMENDATION });
  await expect(toAnswer.getByText('Awaiting answer')).toBeVisible();
  await toAnswer.getByRole('button', { name: `Send the answer to “${RECOMMENDATION}”` }).click();
  await expect(toAnswer.getByRole('alert')).toContainText('Enter what was done or will be done about the recommendation');
  await toAnswer.getByLabel('What your local authority did or will do').fill(LA_ANSWER);
  await toAnswer.getByRole('button', { name: `Send the answer to “${RECOMMENDATION}”` }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'Success' })).toContainText('Your answer has been recorded (answered on time).');
  await expect(toAnswer.getByText('Answered on time')).toBeVisible();
  await fitsAndPassesAxe(manager);

  // The home answers by email; its responsible advocate records the answer on the report, with the date it came.
  await advocate.getByLabel('What the home said it did or will do').fill(HOME_ANSWER);
  await fillDate(advocate, 'The date the home’s answer was received', isoDaysFromToday(0));
  await advocate.getByRole('button', { name: `Record the home’s answer to “${RECOMMENDATION}”` }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('The home’s answer has been recorded (answered on time).');
  await expect(advocate.getByText(HOME_ANSWER)).toBeVisible();
  await fitsAndPassesAxe(advocate);

  // The next visit must follow the recommendation up, starting from what the home and the LA said.
  await advocate.getByRole('link', { name: 'Back' }).click();
  await advocate.getByRole('link', { name: 'Start a visit report' }).click();
  await form.fillVisit();
  await expect.poll(async () => (await form.tasks())[5]).toBe('Follow up earlier recommendations: Not yet started');
  const followUp = advocate.getByRole('group', { name: new RegExp(`^${RECOMMENDATION}`) });
  await expect(followUp.getByText(HOME_ANSWER)).toBeVisible();
  await expect(followUp.getByText(LA_ANSWER)).toBeVisible();
  await followUp.getByLabel('Carried over', { exact: true }).check();
  await followUp.getByLabel('Why (if not done or carried over)').fill('The locksmith comes next week');
  await expect.poll(async () => (await form.tasks())[5]).toBe('Follow up earlier recommendations: Completed');
  await form.checkAnswers();
  await expect(advocate.getByRole('definition').filter({ hasText: 'Carried over: The locksmith comes next week' })).toBeVisible();
  expect(await seriousViolations(advocate)).toEqual([]);
  await advocate.getByRole('button', { name: 'Submit the visit report' }).click();
  await expect(advocate.getByRole('status').filter({ hasText: 'Success' })).toContainText('Visit report submitted.');
  await advocate.getByRole('link', { name: 'Back' }).click();
  await expect(
    advocate.getByRole('table', { name: 'Open recommendations, oldest due first' }).getByRole('row', { name: new RegExp(RECOMMENDATION) }),
  ).toContainText('carried over 1');
});
