import { expect, test } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';
import { VisitReportForm } from '../support/visit-report.page';

const RECOMMENDATION = 'Repair the broken lock on the lounge window';
const CHILD = 'Ellie';
const SAID_IN_PRIVATE = 'I miss my brother and nobody tells me when I can see him';

test('an advocate reports a visit with a recommendation, the placing LA sees it, and the next visit follows it up', async ({ browser }) => {
  test.setTimeout(90_000);
  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.getByRole('link', { name: 'My homes' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'My homes' })).toBeVisible();
  await advocate.getByRole('link', { name: 'Oakfield House' }).click();
  await advocate.getByRole('link', { name: 'Start a visit report' }).click();

  const form = new VisitReportForm(advocate);
  await form.fillVisit();
  await form.addRecommendation(RECOMMENDATION);
  await form.addChildSpokenToInPrivate(CHILD, SAID_IN_PRIVATE);
  expect(await seriousViolations(advocate)).toEqual([]);
  await advocate.getByRole('button', { name: 'Save draft' }).click();
  await expect(advocate.getByText('Draft saved. You can come back to it later.')).toBeVisible();

  // The draft can be resumed later.
  await advocate.reload();
  await expect(advocate.getByText('You are continuing your draft report.')).toBeVisible();
  await expect(advocate.getByLabel('Staff you spoke to')).toHaveValue('Registered manager and two residential workers');
  await expect(advocate.getByRole('group', { name: 'Recommendation 1', exact: true }).getByLabel('What the home should do')).toHaveValue(RECOMMENDATION);
  await form.submit();
  await expect(advocate.getByRole('cell', { name: RECOMMENDATION })).toBeVisible();
  await expect(advocate.getByRole('listitem').filter({ hasText: CHILD })).toHaveText(`${CHILD} (in private, not shared): ${SAID_IN_PRIVATE}`);

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

  // The next visit must follow the recommendation up.
  await advocate.getByRole('link', { name: 'Back' }).click();
  await advocate.getByRole('link', { name: 'Start a visit report' }).click();
  await form.fillVisit();
  const followUp = advocate.getByRole('group', { name: new RegExp(`^${RECOMMENDATION}`) });
  await followUp.getByLabel('Carried over', { exact: true }).check();
  await followUp.getByLabel('Why (if not done or carried over)').fill('The locksmith comes next week');
  await form.submit();
  await advocate.getByRole('link', { name: 'Back' }).click();
  await expect(
    advocate.getByRole('table', { name: 'Open recommendations, oldest due first' }).getByRole('row', { name: new RegExp(RECOMMENDATION) }),
  ).toContainText('carried over 1');
});
