import { expect, test } from '@playwright/test';
import { fitsAndPassesAxe } from '../support/phone';
import { seriousViolations, signedIn } from '../support/sessions';

test("an administrator sets a local authority's safeguarding contact and sees it confirmed", async ({ browser }) => {
  test.setTimeout(90_000);
  // Eastmoor: the Northshire safeguarding journey (safeguarding.spec.ts) keeps its own setup.
  const page = await signedIn(browser, 'admin@demo.heard');
  await page.getByRole('navigation').getByRole('link', { name: 'Local authorities' }).click();
  await page.getByRole('link', { name: 'Safeguarding contact for Eastmoor Borough Council' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding contact' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Contact's name or role").fill('Eastmoor safeguarding lead');
  await page.getByLabel("Contact's email address").fill('safeguarding@eastmoor.example');
  await page.getByLabel('Manager who acknowledges alerts in Heard').selectOption({ label: 'Sian Roberts' });
  await page.getByRole('button', { name: 'Save safeguarding contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    'Eastmoor safeguarding lead is the safeguarding contact. Sian Roberts acknowledges alerts in Heard.',
  );
  await fitsAndPassesAxe(page);
});
