import type { Locator, Page } from '@playwright/test';

/** The day, month and year boxes of the date question `legend` (a GOV.UK date input), as a person finds them. */
export function dateInput(scope: Page | Locator, legend: string): Locator {
  return scope.getByRole('group', { name: legend, exact: true });
}

/** Types a YYYY-MM-DD date into the date question `legend`, box by box, as a person would (`7`, `3`, `2026`). */
export async function fillDate(scope: Page | Locator, legend: string, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const group = dateInput(scope, legend);
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year);
}

/** Types into the three boxes exactly as given, even a date that is not real (`30`, `2`, `2026`) or a box left empty. */
export async function typeDateParts(scope: Page | Locator, legend: string, day: string, month: string, year: string): Promise<void> {
  const group = dateInput(scope, legend);
  await group.getByLabel('Day', { exact: true }).fill(day);
  await group.getByLabel('Month', { exact: true }).fill(month);
  await group.getByLabel('Year', { exact: true }).fill(year);
}
