import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_HOMES, DEMO_PASSWORD, LoginPage } from '../support/login.page';

test.describe('signing in', () => {
  for (const home of DEMO_HOMES) {
    test(`${home.role} signs in and lands on their home`, async ({ page }) => {
      const login = new LoginPage(page);
      await login.open();
      await login.signIn(home.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(new RegExp(`${home.path}$`));
      await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
      await expect(page.getByText(home.name)).toBeVisible();
      await expect(page).toHaveTitle(`${home.heading} – Heard`);
    });
  }

  test('a signed-in user stays signed in after reloading, and signing out returns to sign in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn('advocate@demo.heard', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'My children' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My children' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
    await page.goto('/advocate');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
  });

  test('when the session ends on the server, its live-updates socket is closed and the portal goes to sign in, saying why', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    const acknowledged = page
      .waitForEvent('websocket')
      .then((socket) => socket.waitForEvent('framereceived', (frame) => String(frame.payload).includes('connection_ack')));
    await login.signIn('advocate@demo.heard', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'My children' })).toBeVisible();
    await acknowledged;
    // Signed out elsewhere with the same session (the request shares this page's refresh cookie).
    const out = await page.request.post('/graphql', { data: { query: 'mutation { logout }' }, headers: { 'content-type': 'application/json' } });
    expect(await out.json()).toEqual({ data: { logout: true } });
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
    await expect(page.getByText('Your session has ended. Sign in again.')).toBeVisible();
  });

  test('a wrong password shows an error summary naming the problem', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn('manager@demo.heard', 'not-the-password');
    await expect(login.errorSummary()).toContainText('Email or password is incorrect.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('empty fields are reported in the error summary and next to each field', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(login.errorSummary()).toBeVisible();
    await expect(login.errorSummary().getByRole('link')).toHaveCount(2);
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  });

  test('the sign-in page has no serious or critical accessibility violations', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the sign-in form can be completed with the keyboard alone', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.getByLabel('Email address').focus();
    await page.keyboard.type('admin@demo.heard');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Platform administration' })).toBeVisible();
  });
});
