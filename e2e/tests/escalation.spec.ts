import { SeedMyChildrenDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { ConcernPageObject } from '../support/concern.page';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { seriousViolations, signedIn } from '../support/sessions';
import { londonDay } from '../support/london-days';

const WHAT_IS_WRONG = 'Contact with her brother stopped after the placement move';

function isoWorkingWeeksAgo(weeks: number): string {
  return londonDay(-7 * weeks);
}

test('an advocate raises a concern, the LA sees it live, it climbs to the Commissioner, who applies to court; the advocate sees the court application', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const seed = new GraphqlSeed(request);
  await seed.signIn('advocate@demo.heard', DEMO_PASSWORD);
  const mine = await seed.call(SeedMyChildrenDocument);
  const child = mine.myChildren.find((c) => c.localAuthority.code === '901');
  if (child === undefined) throw new Error('the demo advocate has no child in Northshire');

  const manager = await signedIn(browser, 'manager@demo.heard');
  await manager.getByRole('link', { name: 'Concerns' }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Concerns awaiting our response' })).toBeVisible();
  // Other specs may have left concerns waiting (an escalated decision, say): this one is not among them yet.
  await expect(manager.getByText('No concerns are waiting for your response.').or(manager.getByRole('table')).first()).toBeVisible();
  await expect(manager.getByRole('link', { name: WHAT_IS_WRONG })).toHaveCount(0);

  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.goto(`/advocate/children/${child.id}`);
  await advocate.getByRole('link', { name: 'Raise a concern' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
  await advocate.getByRole('button', { name: 'Raise concern' }).click();
  await expect(advocate.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter what is wrong');
  await advocate.getByLabel('What is wrong').fill(WHAT_IS_WRONG);
  await advocate.getByLabel('What the child wants, in their words where possible').fill('I want to see my brother every Saturday');
  await advocate.getByLabel('Siblings').check();
  await fillDate(advocate, 'When you raised it with the social worker (optional)', isoWorkingWeeksAgo(3));
  await advocate.getByRole('button', { name: 'Raise concern' }).click();

  const concern = new ConcernPageObject(advocate);
  await expect(concern.heading(WHAT_IS_WRONG)).toBeVisible();
  await expect(advocate.getByText(/working days overdue/)).toBeVisible();
  expect(await seriousViolations(advocate)).toEqual([]);

  // The LA manager's list shows it without a reload.
  await expect(manager.getByRole('link', { name: WHAT_IS_WRONG })).toBeVisible();

  // The social worker missed their deadline: the advocate escalates to the team manager.
  await concern.escalate('Team manager', 'Restart weekly contact now');
  await expect(concern.timelineEntry('Escalated to Team manager')).toBeVisible();
  await concern.expectStage('Team manager');

  // The team manager responds without resolving it; the advocate escalates again, then straight to the Commissioner because the child is at risk.
  await manager.getByRole('link', { name: WHAT_IS_WRONG }).click();
  await manager.getByLabel('Response', { exact: true }).fill('Contact can restart once a supervisor is found, in about eight weeks');
  await manager.getByRole('button', { name: 'Send response' }).click();
  await expect(manager.getByRole('heading', { level: 3, name: 'Local authority responded' })).toBeVisible();
  await expect(concern.timelineEntry('Local authority responded')).toBeVisible();
  await concern.escalate('Service manager', 'Eight weeks is too long for her');
  await expect(concern.timelineEntry('Escalated to Service manager')).toBeVisible();
  await concern.escalate("Children's Commissioner (only if the child is at risk)", 'Please intervene', 'She has stopped eating since contact ended');
  await concern.expectStage("Children's Commissioner");

  const commissioner = await signedIn(browser, 'commissioner@demo.heard');
  await commissioner.getByRole('link', { name: 'Escalations' }).click();
  const toTriage = commissioner.getByRole('table', { name: 'To triage' });
  await toTriage.getByRole('link', { name: WHAT_IS_WRONG }).click();
  await expect(commissioner.getByRole('heading', { level: 1, name: WHAT_IS_WRONG })).toBeVisible();
  await commissioner.getByLabel('Court', { exact: true }).fill('Family Court at Leeds');
  await commissioner.getByLabel('Case number').fill('LS26C00421');
  await commissioner.getByLabel('Order sought').fill('A child arrangements order for weekly sibling contact');
  await commissioner.getByRole('button', { name: 'Continue' }).click();
  await commissioner.getByRole('button', { name: 'Apply to court' }).click();
  await expect(commissioner.getByRole('heading', { level: 2, name: 'Court application' })).toBeVisible();
  expect(await seriousViolations(commissioner)).toEqual([]);

  // The advocate's open concern page updates live with the court application.
  await expect(concern.timelineEntry('Application to court')).toBeVisible();
  await expect(advocate.getByText('LS26C00421').first()).toBeVisible();
  await concern.expectStage('Court');
});
