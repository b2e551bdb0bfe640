import { expect, type Page } from '@playwright/test';

/** The sign-in page, found by role and label like a person using a screen reader would. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    const login = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('Login'));
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await login;
  }

  errorSummary() {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }
}

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_HOMES = [
  { role: 'ADVOCATE', email: 'advocate@demo.heard', path: '/advocate', heading: 'My children', name: 'Priya Shah' },
  { role: 'LA_MANAGER', email: 'manager@demo.heard', path: '/la', heading: 'Children in your local authority', name: 'Jordan Ellis' },
  { role: 'COMMISSIONER_STAFF', email: 'commissioner@demo.heard', path: '/commissioner', heading: 'Allocation oversight', name: 'Alex Morgan' },
  { role: 'ADMIN', email: 'admin@demo.heard', path: '/admin', heading: 'Platform administration', name: 'Chris Taylor' },
] as const;
