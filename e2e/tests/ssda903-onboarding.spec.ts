import { expect, type Page, test } from '@playwright/test';
import { ADVOCATE_EMAILS } from '../support/children.pages';
import { seriousViolations, signedIn } from '../support/sessions';

// ONB-1's header row is repeated exactly; their second episode (continuing the period after X1) has a placement code
// that does not exist; their review is repeated with a different participation code; they were missing for three days.
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nONB-1,1,01/03/2012,WBRI,,,\nONB-1,1,01/03/2012,WBRI,,,\nONB-2,2,15/07/2015,BAFR,,,\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
  'ONB-1,10/01/2024,S,C2,N1,U4,PR1,01/06/2024,X1,,,,\nONB-1,01/06/2024,P,C2,N1,Z9,PR1,,,,,,\nONB-2,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n';
const REVIEWS = 'CHILD,DOB,REVIEW,REVIEW_CODE\nONB-1,01/03/2012,05/02/2024,PN1\nONB-1,01/03/2012,05/02/2024,PN3\n';
const MISSING = 'CHILD,MISSING,MIS_START,MIS_END\nONB-1,M,02/11/2025,04/11/2025\n';

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const groupTable = (page: Page, name: string) => page.getByRole('table', { name });

test('an LA onboards a return with duplicates, a rejected continuation and a missing-from-care row: the summary says what to fix and the child page shows the result', async ({
  browser,
}) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Import a return' }).click();
  await page.getByLabel('Header file (header.csv)').setInputFiles(file('header.csv', HEADER));
  await page.getByLabel('Episodes file (episodes.csv)').setInputFiles(file('episodes.csv', EPISODES));
  await page.getByLabel('Reviews file (reviews.csv)').setInputFiles(file('reviews.csv', REVIEWS));
  await page.getByLabel('Missing from care file (missing.csv), optional').setInputFiles(file('missing.csv', MISSING));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import complete' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Import complete. The summary follows.' })).toBeAttached();

  const did = page.locator('dl.summary-list');
  await expect(did.locator('.summary-list__row').filter({ hasText: 'Children given an advocate' }).locator('dd')).toHaveText('2');
  const files = page.getByRole('table', { name: 'Rows of each file' });
  // file, rows read, imported, skipped, rejected: every row accounted for.
  await expect(files.getByRole('row', { name: 'header.csv 3 2 1 0' })).toBeVisible();
  await expect(files.getByRole('row', { name: 'episodes.csv 3 2 0 1' })).toBeVisible();
  await expect(files.getByRole('row', { name: 'reviews.csv 2 1 0 1' })).toBeVisible();
  await expect(files.getByRole('row', { name: 'missing.csv 1 1 0 0' })).toBeVisible();

  await expect(groupTable(page, 'Needs fixing: PLACE: not an SSDA903 placement type code').getByRole('row', { name: /^3 ONB-1 PLACE/ })).toContainText(
    '"Z9" is not an SSDA903 placement type code.',
  );
  await expect(page.getByRole('region', { name: /same key as an earlier row/ }).getByRole('row', { name: /^3 ONB-1 REVIEW_CODE/ })).toContainText(
    'Same child and review date as row 2, which has REVIEW_CODE PN1 (this row has REVIEW_CODE PN3); kept row 2.',
  );
  await expect(groupTable(page, 'Skipped: An exact duplicate of an earlier row').getByRole('row', { name: /^3 ONB-1 CHILD/ })).toContainText(
    'The same as row 2 (an exact duplicate): skipped.',
  );
  await expect(page.getByRole('region', { name: /treated as open/ }).getByRole('row', { name: /^2 ONB-1 REC/ })).toContainText(
    'Episode row 3 was rejected, so the period of care from row 2 (which ended X1: a new episode begins the same day) is treated as open.',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('table', { name: 'Children and their advocates' }).getByRole('link', { name: 'Child ONB-1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Child ONB-1' })).toBeVisible();
  const advocate = page.locator('.summary-list__row').filter({ hasText: 'Advocate' }).locator('dd');
  expect(Object.keys(ADVOCATE_EMAILS)).toContain(((await advocate.textContent()) ?? '').trim());
  await expect(page.locator('ul.list').filter({ hasText: 'Missing:' })).toHaveText('Missing: 2 November 2025 to 4 November 2025 (3 days)');
  expect(await seriousViolations(page)).toEqual([]);
});
