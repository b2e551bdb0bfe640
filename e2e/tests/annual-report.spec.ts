import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { seriousViolations, signedIn, signedInWatchingCsp } from '../support/sessions';

interface ProgressLog {
  heardProgress: string[];
}

/** Records every progress message the page shows, however briefly, so the test sees progress without racing the worker. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log = window as unknown as ProgressLog;
    log.heardProgress = [];
    new MutationObserver(() => {
      const label = document.querySelector('label[for="report-progress"]')?.textContent?.trim();
      if (label !== undefined && log.heardProgress.at(-1) !== label) log.heardProgress.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function savedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'latin1');
}

test('Commissioner staff generate the 2025 report, watch its progress, read it and download the PDF and a CSV', async ({ browser }) => {
  // Under the portal's Content Security Policy: signing in, the progress subscription and the report frame break none of it.
  const { page, cspViolations } = await signedInWatchingCsp(browser, 'commissioner@demo.heard');
  const policy = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
  expect(policy).toContain("frame-src 'self' blob:");
  await page.getByRole('link', { name: 'Annual report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual advocacy report' })).toBeVisible();
  await expect(page.getByText('No report has been generated yet. Generate one above.')).toBeVisible();

  await page.getByLabel('Reporting year').selectOption({ label: '1 April 2025 to 31 March 2026' });
  await recordProgress(page);
  await page.getByRole('button', { name: 'Generate report' }).click();
  await expect(page.getByRole('heading', { name: 'Report generated' })).toBeVisible({ timeout: 20_000 });
  const seen = await page.evaluate(() => (window as unknown as ProgressLog).heardProgress);
  expect(seen[0]).toBe('Waiting to start…');
  expect(seen.every((text) => /^(Waiting to start…|Generating: \d{1,3}%)$/.test(text))).toBe(true);

  const versions = page.getByRole('table', { name: 'Report versions, newest first' });
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions.getByRole('row').nth(1)).toContainText('Alex Morgan');
  expect(await seriousViolations(page)).toEqual([]);

  let reportHtml = '';
  await page.route('**/api/reports/*/report.html', async (route) => {
    const response = await route.fetch();
    reportHtml = await response.text();
    await route.fulfill({ response });
  });
  await page.getByRole('link', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual advocacy report' })).toBeVisible();
  const report = page.frameLocator('iframe.report-frame');
  await expect(report.getByRole('heading', { level: 2, name: 'Contents' })).toBeVisible();
  await expect(report.getByText('England · reporting year 1 April 2025 to 31 March 2026')).toBeVisible();
  await expect(report.getByRole('table', { name: 'Concerns by highest stage reached' })).toBeVisible();
  await expect(report.getByRole('heading', { level: 2, name: 'The child’s voice' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Safeguarding alerts raised in the period, by acknowledgement' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Children’s requests that their advocate attend court, made in the period' })).toBeVisible();
  expect(await seriousViolations(page, 'iframe.report-frame')).toEqual([]);
  expect(cspViolations).toEqual([]);
  // The frame's stylesheet applied (its blob: document inherits the portal's policy, which allows it by hash).
  expect(await report.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toBe('Arial, Helvetica, sans-serif');
  const alone = await page.context().newPage();
  await alone.setContent(reportHtml);
  await expect(alone.getByRole('heading', { level: 1, name: 'Heard: annual advocacy report' })).toBeVisible();
  expect(await seriousViolations(alone)).toEqual([]);
  await alone.close();

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toBe('heard-annual-report-2025.pdf');
  const pdfText = await savedText(pdf);
  expect(pdfText.startsWith('%PDF-1.7')).toBe(true);
  expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true);

  await page.getByText('Download a table as CSV').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Concerns by highest stage reached (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe('heard-2025-stages.csv');
  const lines = (await savedText(csv)).trimEnd().split('\n');
  expect(lines[0]).toBe('Stage,Concerns');
  expect(lines.at(-1)).toMatch(/^Total,(\d+|\[c\])$/);
  // The demo seeds two reporting years of history: some stage of 2025's concerns is a real figure, not 0 nor suppressed.
  expect(lines.slice(1, -1).some((line) => Number(line.split(',').at(-1)) > 4)).toBe(true);
  expect(cspViolations).toEqual([]);
});

/** Today in London, as the report names it ("1 December 2026"), and the reporting year it falls in (from 1 April). */
function londonToday(): { long: string; year: number } {
  const now = new Date();
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(now);
  const year = Number(part({ year: 'numeric' }));
  return { long: part({ day: 'numeric', month: 'long', year: 'numeric' }), year: Number(part({ month: 'numeric' })) >= 4 ? year : year - 1 };
}

test('Commissioner staff generate the current year to date, marked provisional, and download its PDF', async ({ browser }) => {
  const { long: today, year } = londonToday();
  const option = `${year} to ${year + 1} (year to date, provisional)`;
  const notice = `Provisional: 1 April ${year} to ${today}`;
  const page = await signedIn(browser, 'commissioner@demo.heard');
  await page.getByRole('link', { name: 'Annual report' }).click();
  const years = page.getByLabel('Reporting year');
  // The current year to date comes first; the last complete year is chosen.
  await expect(years.locator('option').first()).toHaveText(option);
  await expect(years.locator('option:checked')).toHaveText(`1 April ${year - 1} to 31 March ${year}`);
  await years.selectOption({ label: option });
  await page.getByRole('button', { name: 'Generate report' }).click();
  await expect(page.getByRole('heading', { name: 'Report generated' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(`The report for ${option} is ready.`)).toBeVisible();
  const title = `1 April ${year} to ${today} (year to date, provisional)`;
  await expect(page.getByRole('table', { name: 'Report versions, newest first' }).getByRole('link', { name: title })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  let reportHtml = '';
  await page.route('**/api/reports/*/report.html', async (route) => {
    const response = await route.fetch();
    reportHtml = await response.text();
    await route.fulfill({ response });
  });
  await page.getByRole('link', { name: 'Read the report' }).click();
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await expect(page.getByRole('note').getByRole('heading', { level: 2, name: notice })).toBeVisible();
  const report = page.frameLocator('iframe.report-frame');
  await expect(report.getByText(`England · year to date 1 April ${year} to ${today}`)).toBeVisible();
  await expect(report.getByText(notice, { exact: true })).toBeVisible();
  expect(await seriousViolations(page, 'iframe.report-frame')).toEqual([]);
  const alone = await page.context().newPage();
  await alone.setContent(reportHtml);
  await expect(alone.getByText(notice, { exact: true })).toBeVisible();
  expect(await seriousViolations(alone)).toEqual([]);
  await alone.close();

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toBe(`heard-annual-report-${year}-year-to-date.pdf`);
  const pdfText = await savedText(pdf);
  expect(pdfText.startsWith('%PDF-1.7')).toBe(true);
  expect(pdfText).toContain('/Lang (en-GB)');
  expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true);

  await page.getByText('Download a table as CSV').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Concerns by highest stage reached (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe(`heard-${year}-year-to-date-stages.csv`);
  expect((await savedText(csv)).split('\n').slice(0, 2)).toEqual([notice, 'Stage,Concerns']);
});

test("an LA manager reads their own LA's section as well as the national report", async ({ browser }) => {
  const page = await signedIn(browser, 'manager@demo.heard');
  await page.getByRole('link', { name: 'Annual report' }).click();
  await expect(page.getByRole('button', { name: 'Generate report' })).toHaveCount(0);
  await page
    .getByRole('table', { name: 'Report versions, newest first' })
    .getByRole('link', { name: /1 April 2025 to 31 March 2026/ })
    .click();

  const report = page.frameLocator('iframe.report-frame');
  await expect(report.getByText('England · reporting year 1 April 2025 to 31 March 2026')).toBeVisible();
  await page.getByLabel('Northshire County Council').check();
  await expect(page.getByRole('heading', { level: 2, name: 'Northshire County Council' })).toBeVisible();
  await expect(report.getByText('Northshire County Council · reporting year 1 April 2025 to 31 March 2026')).toBeVisible();
  expect(await seriousViolations(page, 'iframe.report-frame')).toEqual([]);

  await page.getByText('Download a table as CSV').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Meetings by participation code (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe('heard-2025-local-authority-participation-code.csv');
  expect((await savedText(csv)).split('\n')[0]).toBe('Code,Meetings');
});

test('an advocate reads the published report', async ({ browser }) => {
  const page = await signedIn(browser, 'advocate@demo.heard');
  await page.getByRole('link', { name: 'Annual report' }).click();
  await expect(page.getByRole('button', { name: 'Generate report' })).toHaveCount(0);
  await page
    .getByRole('table', { name: 'Report versions, newest first' })
    .getByRole('link', { name: /1 April 2025 to 31 March 2026/ })
    .click();
  await expect(page.frameLocator('iframe.report-frame').getByRole('heading', { level: 2, name: 'Themes advocates raised' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});
