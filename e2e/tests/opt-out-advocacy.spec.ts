import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dateInput, fillDate, typeDateParts } from '../support/date-input';
import { ADVOCATE_EMAILS, ChildPage, RecordEventPage } from '../support/children.pages';
import { DEMO_PASSWORD, LoginPage } from '../support/login.page';

async function signIn(page: Page, email: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, DEMO_PASSWORD);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

const problems = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('a child entering care gets an advocate, who records the child opting out in their own words', async ({ page }) => {
  // Four forms, each also checked with its errors shown and by axe: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const ref = `E2E-${Date.now()}`;
  const child = { ref, givenName: 'Robin', familyName: `Test${ref.slice(-5)}`, dateOfBirth: '2013-06-01' };
  const fullName = `${child.givenName} ${child.familyName}`;

  await signIn(page, 'manager@demo.heard');
  const record = new RecordEventPage(page);
  await record.open();
  const advocateName = await record.recordNewChildEnteringCare(child);
  const advocateEmail = ADVOCATE_EMAILS[advocateName];
  expect(advocateEmail).toBeDefined();
  await signOut(page);

  await signIn(page, advocateEmail ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'My children' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: fullName });
  await expect(row).toContainText('Offer due');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expectNoSeriousViolations(page);
  await row.getByRole('link', { name: fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByText(/5 working days after/)).toBeVisible();
  await expectNoSeriousViolations(page);
  // Nothing is decided for the advocate, and a date that is not real is named under its boxes.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await typeDateParts(page, 'Date of decision', '30', '2', '2026');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(["Select the child's decision", 'Date of decision must be a real date']);
  await expect(dateInput(page, 'Date of decision')).toContainText('Error: Date of decision must be a real date');
  await expectNoSeriousViolations(page);
  await fillDate(page, 'Date of decision', todayIso());
  await new ChildPage(page).recordOptOut("I don't want an advocate right now");
  await expect(page.locator('blockquote')).toHaveText("I don't want an advocate right now");
  await expect(page.getByRole('definition').filter({ hasText: 'Opted out' })).toBeVisible();
  // Opting back in is offered at once; its date is checked the same way (the child stays opted out here).
  await typeDateParts(page, 'Date they opted back in', '31', '4', '2026');
  await page.getByRole('button', { name: 'Record that the child opted back in' }).click();
  await expect(problems(page).getByRole('link')).toHaveText(['Date they opted back in must be a real date']);
  await expect(dateInput(page, 'Date they opted back in')).toContainText('Error: Date they opted back in must be a real date');
  await expectNoSeriousViolations(page);
  await signOut(page);

  await signIn(page, 'manager@demo.heard');
  const managerRow = page.getByRole('row').filter({ hasText: fullName });
  await expect(managerRow).toContainText(advocateName);
  await expect(managerRow).toContainText('Opted out');
});

test('an advocate can print a child-friendly card naming them', async ({ page }) => {
  await signIn(page, 'advocate@demo.heard');
  await page.getByRole('table', { name: 'Children you advocate for, offers overdue or due soon first' }).getByRole('row').nth(1).getByRole('link').click();
  await page.getByRole('link', { name: /My advocate’ card/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello / })).toBeVisible();
  await expect(page.getByText('Your advocate is Priya Shah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this card' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('Commissioner staff see caseloads against caps and the national waiting list', async ({ page }) => {
  await signIn(page, 'commissioner@demo.heard');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation oversight' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Caseloads, fullest first' }).getByRole('row').filter({ hasText: 'Tom Okafor' })).toContainText('of 2');
  await expect(page.getByRole('row').filter({ hasText: 'Ruby Clarke' })).toContainText('No provider covers this area');
  await expectNoSeriousViolations(page);
});
