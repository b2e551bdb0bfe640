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

  /** Fills the escalation form and continues to the check-your-answers step. */
  async fillEscalation(stage: string, asked: string, atRiskReason?: string): Promise<void> {
    const form = this.page.locator('form').filter({ has: this.page.getByRole('heading', { name: 'Escalate', exact: true }) });
    await form.getByLabel('Escalate to').selectOption({ label: stage });
    await form.getByLabel('What you are asking for').fill(asked);
    if (atRiskReason !== undefined) await form.getByLabel(/Why the child is at risk/).fill(atRiskReason);
    await form.getByRole('button', { name: 'Continue' }).click();
  }

  /** Escalates after checking the answers: `stage` as the option reads, `stageName` as the final button names it. */
  async escalate(stage: string, asked: string, atRiskReason?: string): Promise<void> {
    await this.fillEscalation(stage, asked, atRiskReason);
    await expect(this.page.getByRole('heading', { level: 2, name: 'Check your answers before escalating' })).toBeVisible();
    await this.page.getByRole('button', { name: /^Escalate to / }).click();
  }

  /** The success banner, which takes focus when it shows. */
  banner() {
    return this.page.getByRole('status').filter({ hasText: 'Success' });
  }

  /** The success banner's message. */
  notice() {
    return this.banner().locator('p.body');
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
