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

  /** The meeting's task list, each row as "name: status" in order. */
  async taskStatuses(): Promise<string[]> {
    const rows = this.page.getByRole('list', { name: 'Meeting tasks' }).getByRole('listitem');
    await expect(rows).toHaveCount(6);
    const statuses: string[] = [];
    for (const row of await rows.all()) {
      const name = (await row.getByRole('link').or(row.locator('.task-list__name > span')).first().innerText()).trim();
      statuses.push(`${name}: ${(await row.locator('.task-list__status').innerText()).trim()}`);
    }
    return statuses;
  }

  /** The task list's link to a part of the meeting (only parts this person can open now have one). */
  taskLink(name: string): Locator {
    return this.page.getByRole('list', { name: 'Meeting tasks' }).getByRole('link', { name, exact: true });
  }

  /** The page's (or a form's) success notification, holding `text`. */
  confirmation(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Success' }).filter({ hasText: text });
  }

  async withdrawSharing(buttonName: string): Promise<void> {
    const withdrawn = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('WithdrawChildViewSharing'));
    await this.page.getByRole('button', { name: buttonName }).click();
    await withdrawn;
  }
}
