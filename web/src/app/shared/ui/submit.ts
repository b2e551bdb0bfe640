import type { WritableSignal } from '@angular/core';
import type { SummaryError } from './error-summary.component';
import { summaryErrorsFor, type FieldIds } from './error-message';

/**
 * Runs a form's request: shows the server's messages (e.g. the significant-decision guard's reason) in the error
 * summary, each linked to the field it names (through the form's `fieldIds`), and returns whether it succeeded.
 */
export async function submitForm(
  errors: WritableSignal<readonly SummaryError[]>,
  saving: WritableSignal<boolean>,
  defaultField: string,
  request: () => Promise<void>,
  fieldIds: FieldIds = {},
): Promise<boolean> {
  saving.set(true);
  try {
    await request();
    errors.set([]);
    return true;
  } catch (problem: unknown) {
    errors.set(summaryErrorsFor(problem, defaultField, fieldIds));
    return false;
  } finally {
    saving.set(false);
  }
}

export function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
