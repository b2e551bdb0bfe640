import { expect, type Page } from '@playwright/test';
import { fillDate } from './date-input';

/** The LA manager's form to record a trigger event for a new child. */
export class RecordEventPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Record a child entering care' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Record a trigger event' })).toBeVisible();
  }

  async recordNewChildEnteringCare(child: { ref: string; givenName: string; familyName: string; dateOfBirth: string }): Promise<string> {
    await this.page.getByLabel('Entered care', { exact: true }).check();
    await this.page.getByLabel('A child new to Heard', { exact: true }).check();
    await this.page.getByLabel('Your reference for the child').fill(child.ref);
    await this.page.getByLabel('Given name').fill(child.givenName);
    await this.page.getByLabel('Family name').fill(child.familyName);
    await fillDate(this.page, 'Date of birth', child.dateOfBirth);
    await this.page.getByLabel('First language (optional)').fill('English');
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('RecordTriggerEvent'));
    await this.page.getByRole('button', { name: 'Record event' }).click();
    await saved;
    const panel = this.page.getByRole('status').filter({ hasText: 'Event recorded' });
    await expect(panel).toContainText(`${child.givenName} ${child.familyName} has an advocate:`);
    const text = (await panel.textContent()) ?? '';
    return text.split('has an advocate:')[1]?.trim() ?? '';
  }
}

/** A child's page, as their advocate sees it. */
export class ChildPage {
  constructor(private readonly page: Page) {}

  async recordOptOut(words: string): Promise<void> {
    await this.page.getByLabel('Opted out').check();
    await this.page.getByLabel("The child's own words").fill(words);
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('RecordOfferOutcome'));
    await this.page.getByRole('button', { name: 'Save decision' }).click();
    await saved;
    await expect(this.page.getByRole('status').filter({ hasText: 'Decision saved' })).toBeVisible();
  }
}

export const ADVOCATE_EMAILS: Readonly<Record<string, string>> = {
  'Priya Shah': 'advocate@demo.heard',
  'Tom Okafor': 'advocate2@demo.heard',
};
