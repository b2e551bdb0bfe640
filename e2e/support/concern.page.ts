import { expect, type Page } from '@playwright/test';

/** A concern's page, driven by labels and roles. */
export class ConcernPageObject {
  constructor(private readonly page: Page) {}

  heading(text: string) {
    return this.page.getByRole('heading', { level: 1, name: text });
  }

  timelineEntry(title: string | RegExp) {
    return this.page.getByRole('list', { name: 'Concern history, oldest first' }).getByRole('heading', { level: 3, name: title });
  }

  async escalate(stage: string, asked: string, atRiskReason?: string): Promise<void> {
    const form = this.page.locator('form').filter({ has: this.page.getByRole('heading', { name: 'Escalate' }) });
    await form.getByLabel('Escalate to').selectOption({ label: stage });
    await form.getByLabel('What you are asking for').fill(asked);
    if (atRiskReason !== undefined) await form.getByLabel(/Why the child is at risk/).fill(atRiskReason);
    await form.getByRole('button', { name: 'Escalate' }).click();
  }

  async expectStage(stage: string): Promise<void> {
    await expect(
      this.page
        .locator('.summary-list__row')
        .filter({ hasText: /^Stage/ })
        .locator('dd'),
    ).toHaveText(stage);
  }
}
