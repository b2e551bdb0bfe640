import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, LoginPage } from './login.page';

/** A page in a browser context of its own, signed in as a demo user. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, DEMO_PASSWORD);
  return page;
}

/**
 * Like signedIn, and records every Content Security Policy violation from the first page load on: the
 * browser's own "Refused to … because it violates the following Content Security Policy directive" console
 * messages (from the page and its frames, the sandboxed report frame too) and each `securitypolicyviolation`
 * event in a frame that runs scripts.
 */
export async function signedInWatchingCsp(browser: Browser, email: string): Promise<{ page: Page; cspViolations: string[] }> {
  const context = await browser.newContext();
  const cspViolations: string[] = [];
  await context.exposeFunction('heardCspViolation', (text: string) => cspViolations.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { heardCspViolation: (text: string) => void }).heardCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(`Content Security Policy violation event: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, DEMO_PASSWORD);
  return { page, cspViolations };
}

/**
 * axe's serious and critical WCAG 2.2 AA violations on the page, by rule id. `exclude` leaves out an
 * element, such as a sandboxed frame where scripts (and so axe) cannot run; check its document on its own.
 */
export async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
  const result = await (exclude === undefined ? builder : builder.exclude(exclude)).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
