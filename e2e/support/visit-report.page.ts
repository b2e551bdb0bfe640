import { expect, type Page } from '@playwright/test';
import { fillDate } from './date-input';
import { londonDay } from './london-days';

export const QUALITY_STANDARDS = [
  'Quality and purpose of care',
  "Children's views, wishes and feelings",
  'Education',
  'Enjoyment and achievement',
  'Health and well-being',
  'Positive relationships',
  'Protection of children',
  'Leadership and management',
  'Care planning',
] as const;

export function isoDaysFromToday(days: number): string {
  return londonDay(days);
}

/** The guided visit report form. */
export class VisitReportForm {
  constructor(private readonly page: Page) {}

  async fillVisit(): Promise<void> {
    await fillDate(this.page, 'Date of the visit', isoDaysFromToday(0));
    await this.page.getByLabel('No, unannounced').check();
    await this.page.getByLabel('Staff you spoke to').fill('Registered manager and two residential workers');
    await this.page.getByLabel('Records you checked').fill('Incident log, complaints log, restraint records');
    for (const standard of QUALITY_STANDARDS) {
      const group = this.page.getByRole('group', { name: standard, exact: true });
      await group.getByLabel('Met', { exact: true }).check();
      await group.getByLabel(`Evidence for ${standard}`).fill('Seen during the visit and confirmed by the records');
    }
  }

  /** A child spoken to in private who did not agree to share what they said. */
  async addChildSpokenToInPrivate(name: string, said: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a child you spoke to' }).click();
    const group = this.page.getByRole('group', { name: 'Child 1', exact: true });
    await group.getByLabel('First name or description').fill(name);
    await group.getByLabel('The child agreed to speak with me').check();
    await group.getByLabel('We spoke in private').check();
    await group.getByLabel('What they said', { exact: true }).fill(said);
  }

  async addRecommendation(what: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a recommendation' }).click();
    const group = this.page.getByRole('group', { name: 'Recommendation 1', exact: true });
    await group.getByLabel('What the home should do').fill(what);
    await group.getByLabel('Owner').fill('Registered manager');
    await fillDate(group, 'Due date', isoDaysFromToday(14));
    await group.getByRole('group', { name: 'Themes for recommendation 1' }).getByLabel('Safety').check();
  }

  /** Each part of the report in the task list, with its status: "The visit: Completed". */
  async tasks(): Promise<string[]> {
    return this.page
      .locator('.task-list__item')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.querySelector('a')?.textContent?.trim() ?? ''}: ${row.querySelector('strong')?.textContent?.trim() ?? ''}`),
      );
  }

  /** "Submit report": the answers to check before the report goes. */
  async checkAnswers(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit report' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Check your answers before submitting the visit report' })).toBeVisible();
  }

  /** Checks the answers, submits, and lands on the submitted report with its confirmation. */
  async submit(): Promise<void> {
    await this.checkAnswers();
    await this.page.getByRole('button', { name: 'Submit the visit report' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Visit report: / })).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Visit report submitted.');
  }
}
