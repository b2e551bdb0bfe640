import { expect, type Page } from '@playwright/test';

/** A care-planning meeting page as the chair and the child's advocate see it: decisions and the advocate's representations. */
export class MeetingPage {
  constructor(private readonly page: Page) {}

  async open(base: '/la' | '/advocate', meetingId: string, childName: string): Promise<void> {
    await this.page.goto(`${base}/meetings/${meetingId}`);
    await expect(this.page.getByRole('heading', { level: 1, name: `Care-planning meeting for ${childName}` })).toBeVisible();
  }

  /** The chair records a decision, linked to the advocate's input whose proposal is given (or none). */
  async recordDecision(text: string, options: { significant: boolean; linkTo?: string }): Promise<void> {
    await this.page.getByLabel('Decision', { exact: true }).fill(text);
    await this.page.getByLabel('This changes the care plan (significant)').setChecked(options.significant);
    if (options.linkTo !== undefined)
      await this.page.getByRole('group', { name: "The advocate's input this decision rests on" }).getByLabel(options.linkTo).check();
    await this.submit('Record decision', 'RecordMeetingDecision');
  }

  /** The advocate records their input on a proposed decision. */
  async recordAdvocateInput(proposal: string, input: string): Promise<void> {
    await this.page.getByLabel('The decision proposed').fill(proposal);
    await this.page.getByLabel('Your input on it').fill(input);
    await this.submit('Record your input', 'RecordAdvocateInput');
  }

  errorSummary() {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  confirmation(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  private async submit(button: string, operation: string): Promise<void> {
    const done = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(operation));
    await this.page.getByRole('button', { name: button }).click();
    await done;
  }
}
