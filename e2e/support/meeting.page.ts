import { expect, type Locator, type Page } from '@playwright/test';

/** A care-planning meeting's page: the child's views and the advocate's "Prepare" form, by role and label. */
export class MeetingPageObject {
  constructor(private readonly page: Page) {}

  async open(base: '/advocate' | '/la', meetingId: string): Promise<void> {
    await this.page.goto(`${base}/meetings/${meetingId}`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Care-planning meeting for / })).toBeVisible();
  }

  shareCheckbox(): Locator {
    return this.page.getByLabel('The child agreed this can be shared with the local authority');
  }

  /** The recorded views, in the order they were recorded. */
  views(): Locator {
    return this.page.getByRole('list', { name: "The child's views, in the order recorded" }).getByRole('listitem');
  }

  view(text: string): Locator {
    return this.views().filter({ hasText: text });
  }

  /** Saves a view; ticks the consent box only when asked, so an untouched box is what the page left there. */
  async saveView(topic: string, text: string, options: { tickShared: boolean }): Promise<void> {
    await this.page.getByLabel('What it is about').selectOption({ label: topic });
    await this.page.getByLabel("In the child's words").fill(text);
    if (options.tickShared) await this.shareCheckbox().check();
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('RecordChildView'));
    await this.page.getByRole('button', { name: "Save the child's view" }).click();
    await saved;
    await expect(this.page.getByLabel("In the child's words")).toHaveValue('');
  }

  async withdrawSharing(buttonName: string): Promise<void> {
    const withdrawn = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('WithdrawChildViewSharing'));
    await this.page.getByRole('button', { name: buttonName }).click();
    await withdrawn;
  }
}
