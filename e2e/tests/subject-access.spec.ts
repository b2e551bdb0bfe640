import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test("the data protection officer makes a copy of a child's record, watches it being made and downloads it once", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, 'dpo@demo.heard');
  await page.getByLabel('Name or LA reference').fill('Leo Nowak');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Leo Nowak' }).click();
  await page.getByRole('link', { name: 'A copy of the record (subject access)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "A copy of the child's record" })).toBeVisible();
  await fitsAndPassesAxe(page);

  await page.getByRole('button', { name: 'Make a copy of the record' }).click();
  await expect(page.getByRole('status').filter({ hasText: "A copy of Leo Nowak's record is being made." })).toBeVisible();
  const downloadButton = page.getByRole('button', { name: /^Download the copy \(ZIP, [\d,]+ KB\)$/ });
  await expect(downloadButton).toBeVisible({ timeout: 60_000 });
  await fitsAndPassesAxe(page);

  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  expect(download.suggestedFilename()).toBe('record-of-leo-nowak.zip');
  const zip = await readFile(await download.path());
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  const files = unzipSync(new Uint8Array(zip));
  expect(Object.keys(files).sort()).toEqual(['record.json', 'record.pdf']);
  expect(
    Buffer.from(files['record.pdf'] ?? new Uint8Array())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  const record: unknown = JSON.parse(Buffer.from(files['record.json'] ?? new Uint8Array()).toString('utf8'));
  expect(JSON.stringify(record)).toContain('Nowak');

  await expect(page.getByRole('status').filter({ hasText: "The copy of Leo Nowak's record was downloaded. Heard no longer keeps it." })).toBeVisible();
  await expect(page.getByText(/^Downloaded on .+\. It can be downloaded only once: make a new copy if you need another\.$/)).toBeVisible();
  await expect(downloadButton).toHaveCount(0);
  await page.context().close();
});
