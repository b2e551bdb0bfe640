import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median, round } from './lib/stats';

export interface PortalResult {
  /** main.js and the chunks index.html preloads: what every visit downloads before the first page. */
  readonly initialJsFiles: number;
  readonly initialJsKb: number;
  readonly initialJsGzipKb: number;
  /** From pressing "Sign in" until the "My children" table shows all the advocate's children, in headless Chromium (median of runs). */
  readonly signInToListMs: number;
  /** From reloading /advocate (session restored from its cookie) until the table shows them all (median of runs). */
  readonly reloadToListMs: number;
  readonly children: number;
  readonly runs: number;
}

const WEB_DIST = 'dist/web/browser';

export async function portalSize(): Promise<Pick<PortalResult, 'initialJsFiles' | 'initialJsKb' | 'initialJsGzipKb'>> {
  const html = await readFile(join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2] ?? '');
  let raw = 0;
  let gzipped = 0;
  for (const file of new Set(files)) {
    const content = await readFile(join(WEB_DIST, file));
    raw += content.length;
    gzipped += gzipSync(content, { level: 6 }).length;
  }
  return { initialJsFiles: new Set(files).size, initialJsKb: round(raw / 1024), initialJsGzipKb: round(gzipped / 1024) };
}

/** Signs in as the advocate in headless Chromium and times how long until "My children" lists `children` rows. */
export async function benchPortal(apiUrl: string, email: string, password: string, children: number, runs: number): Promise<PortalResult> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const signIn: number[] = [];
  const reload: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${apiUrl}/login`);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      const rows = page.getByRole('table', { name: /Children you advocate for/ }).locator('tbody tr');
      let started = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await rows.nth(children - 1).waitFor({ timeout: 60_000 });
      signIn.push(performance.now() - started);
      started = performance.now();
      await page.reload();
      await rows.nth(children - 1).waitFor({ timeout: 60_000 });
      reload.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { ...(await portalSize()), signInToListMs: round(median(signIn), 0), reloadToListMs: round(median(reload), 0), children, runs };
}
