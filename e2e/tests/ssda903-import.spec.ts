import { expect, test } from '@playwright/test';
import { seriousViolations, signedIn } from '../support/sessions';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nE2E-1,1,01/03/2012,WBRI,,,\nE2E-2,2,15/07/2015,BAFR,,,\nE2E-3,9,01/01/2013,WBRI,,,\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
  'E2E-1,10/01/2024,S,C2,N1,U4,PR1,,,,,,\nE2E-2,01/06/2024,S,V2,N4,U6,PR1,01/03/2025,E13,,,,\nE2E-9,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n';
const REVIEWS = 'CHILD,DOB,REVIEW,REVIEW_CODE\nE2E-1,01/03/2012,05/02/2024,PN1\n';

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('an LA manager uploads a small SSDA903 return and sees the summary, with the rows to fix grouped by reason; the same files again change nothing', async ({
  browser,
}) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Import a return' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import your SSDA903 return' })).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Choose the header file');

  const upload = async () => {
    await page.getByLabel('Header file (header.csv)').setInputFiles(file('header.csv', HEADER));
    await page.getByLabel('Episodes file (episodes.csv)').setInputFiles(file('episodes.csv', EPISODES));
    await page.getByLabel('Reviews file (reviews.csv)').setInputFiles(file('reviews.csv', REVIEWS));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Import complete' })).toBeVisible();
  };
  await upload();
  const counts = page.locator('dl.summary-list');
  await expect(counts.locator('.summary-list__row').filter({ hasText: 'Children created' }).locator('dd')).toHaveText('2');
  await expect(counts.locator('.summary-list__row').filter({ hasText: 'Children given an advocate' }).locator('dd')).toHaveText('1');
  const files = page.getByRole('table', { name: 'Rows of each file' });
  await expect(files.getByRole('row', { name: /header\.csv 3 2 0 1/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'What needs fixing in your case system' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'SEX: not an SSDA903 sex code: 1 row' })).toBeVisible();
  const sex = page.getByRole('table', { name: 'Needs fixing: SEX: not an SSDA903 sex code' });
  await expect(sex.getByRole('row', { name: /4 E2E-3 SEX/ })).toContainText('"9" is not an SSDA903 sex code.');
  const notInHeader = page.getByRole('table', { name: 'Needs fixing: An episode for a child who is not in the header file' });
  await expect(notInHeader.getByRole('row', { name: /4 E2E-9 CHILD/ })).toContainText('Child E2E-9 is not in the header file');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download every row to fix (CSV)' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^ssda903-rows-to-fix-.+\.csv$/);
  await page.setViewportSize({ width: 390, height: 844 });
  // At 390 px the summary fits the screen: its tables scroll sideways in their own labelled regions.
  const summary = await page.locator('app-import-summary').boundingBox();
  expect((summary?.x ?? 0) + (summary?.width ?? 0)).toBeLessThanOrEqual(390);
  await expect(page.getByRole('region', { name: 'Rows of each file' })).toHaveAttribute('tabindex', '0');
  expect(await seriousViolations(page)).toEqual([]);

  await upload();
  await expect(page.getByText('These are the same files as an earlier import: nothing changed.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Imports of your return, newest first' }).getByRole('row')).toHaveCount(3);
});
