import { expect, test, type Page } from '@playwright/test';
import { elementsSticking, PHONE } from '../support/phone';
import { seriousViolations, signedIn } from '../support/sessions';

/*
 * Every main page, as each demo role reaches it on a phone (390 x 844): from the navigation, then the records those
 * pages link to. Nothing scrolls sideways, nothing sticks out past the right edge, and axe finds no serious problem.
 * Only reads: it follows links and never submits a form, so later specs see the demo database unchanged.
 */

/** A phone-sized page signed in as the demo user. */
async function onPhone(browser: Parameters<typeof signedIn>[0], email: string): Promise<Page> {
  const page = await signedIn(browser, email);
  await page.setViewportSize(PHONE);
  return page;
}

/** Waits for the page to finish loading (its heading shown, no "Loading…" left), then checks it fits and passes axe. */
async function fitsPhone(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('main').getByText(/^Loading/)).toHaveCount(0);
  // Soft, so one run names every page that does not fit, each by its address.
  expect.soft(await elementsSticking(page), `sticking out on ${page.url()}`).toEqual([]);
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `page width of ${page.url()}`).toBeLessThanOrEqual(PHONE.width);
  // axe cannot run inside the report's sandboxed frame (the annual report spec checks that document on its own).
  const reportFrame = (await page.locator('iframe.report-frame').count()) > 0 ? 'iframe.report-frame' : undefined;
  expect.soft(await seriousViolations(page, reportFrame), `axe on ${page.url()}`).toEqual([]);
}

/** Opens a page from the primary navigation. */
async function fromNav(page: Page, label: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: label, exact: true }).click();
  await fitsPhone(page, heading);
}

/** Links in the page's main content whose address contains `href`. */
function to(href: string): string {
  return `main a[href*="${href}"]`;
}

/** Follows the first link that `selector` finds, and checks the page it opens. */
async function follow(page: Page, selector: string, heading: string | RegExp = /\S/): Promise<void> {
  const link = page.locator(selector).first();
  await expect(link).toBeVisible();
  await link.click();
  await fitsPhone(page, heading);
}

/**
 * Follows the first such link if the page has one: concerns and published reports are not in the demo seed, and
 * exist once the escalation and annual report specs (which run first) have made them.
 */
async function followAny(page: Page, selector: string): Promise<void> {
  if ((await page.locator(selector).count()) > 0) await follow(page, selector);
}

/** Goes back to the page before, and waits for it to load. */
async function back(page: Page, heading: string | RegExp): Promise<void> {
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

for (const email of ['advocate@demo.heard', 'advocate2@demo.heard']) {
  test(`an advocate (${email}) reads every main page on a phone`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await onPhone(browser, email);
    await fitsPhone(page, 'My children');
    await follow(page, to('/advocate/children/'));
    await follow(page, to('/card'), /^Hello /);
    await fromNav(page, 'My concerns', 'My concerns');
    await followAny(page, to('/advocate/concerns/'));
    await fromNav(page, 'My homes', 'My homes');
    await follow(page, to('/advocate/homes/'));
    await follow(page, to('/visits/'));
    await fromNav(page, 'Annual report', 'Annual advocacy report');
    await followAny(page, to('/advocate/reports/'));
    await page
      .getByRole('banner')
      .getByRole('link', { name: /Notifications/ })
      .click();
    await fitsPhone(page, 'Notifications');
    await page.context().close();
  });
}

test('an LA manager reads every main page on a phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await onPhone(browser, 'manager@demo.heard');
  await fitsPhone(page, 'Children in your local authority');
  await follow(page, to('/la/children/'));
  await follow(page, to('/placement-change'), 'Record a change of placement');
  await fromNav(page, 'Record an event', 'Record a trigger event');
  await fromNav(page, 'Meetings to chair', 'Meetings to chair');
  await follow(page, `${to('/la/meetings/')}:not([href$="/schedule"])`);
  await back(page, 'Meetings to chair');
  await follow(page, to('/la/meetings/schedule'), 'Schedule a meeting');
  await back(page, 'Meetings to chair');
  await fromNav(page, 'Concerns', 'Concerns awaiting our response');
  await followAny(page, to('/la/concerns/'));
  await fromNav(page, 'Homes', /homes/i);
  await follow(page, to('/la/homes/'));
  await follow(page, to('/visits/'));
  await fromNav(page, 'Import a return', 'Import your SSDA903 return');
  await fromNav(page, 'Annual report', 'Annual advocacy report');
  await followAny(page, to('/la/reports/'));
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Notifications/ })
    .click();
  await fitsPhone(page, 'Notifications');
  await page.context().close();
});

test('Commissioner staff read every main page on a phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await onPhone(browser, 'commissioner@demo.heard');
  await fitsPhone(page, 'Allocation oversight');
  await fromNav(page, 'Escalations', 'Escalations');
  await followAny(page, to('/commissioner/concerns/'));
  await fromNav(page, 'Homes', /homes/i);
  await follow(page, to('/commissioner/homes/'));
  await follow(page, to('/visits/'));
  await fromNav(page, 'Annual report', 'Annual advocacy report');
  await followAny(page, to('/commissioner/reports/'));
  await page.context().close();
});

test('an administrator reads every main page on a phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await onPhone(browser, 'admin@demo.heard');
  await fitsPhone(page, 'Platform administration');
  await fromNav(page, 'Users', 'Users');
  await follow(page, to('/admin/users/invite'), 'Invite a user');
  await back(page, 'Users');
  await follow(page, `${to('/admin/users/')}:not([href$="/invite"])`);
  await fromNav(page, 'Allocation', 'Allocation oversight');
  await fromNav(page, 'Local authorities', 'Local authorities');
  await fromNav(page, 'Providers', 'Advocacy providers');
  await fromNav(page, 'Advocates', 'Advocates');
  await follow(page, to('/admin/advocates/'));
  await fromNav(page, 'LA staff', 'LA staff');
  await page.context().close();
});

test("a provider manager reads their provider's page on a phone", async ({ browser }) => {
  const page = await onPhone(browser, 'provider@demo.heard');
  await fitsPhone(page, 'Your provider');
  await fromNav(page, 'Your provider', 'Your provider');
  await page.context().close();
});
