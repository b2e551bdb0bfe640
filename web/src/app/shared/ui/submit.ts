import type { WritableSignal } from '@angular/core';
import type { SummaryError } from './error-summary.component';
import { errorMessage } from './load-state';

/**
 * Runs a form's request: shows the server's message (e.g. the significant-decision guard's reason)
 * in the error summary, linked to the field it names, and returns whether it succeeded.
 */
export async function submitForm(errors: WritableSignal<readonly SummaryError[]>, saving: WritableSignal<boolean>, defaultField: string, request: () => Promise<void>): Promise<boolean> {
  saving.set(true);
  try {
    await request();
    errors.set([]);
    return true;
  } catch (problem: unknown) {
    const field = typeof problem === 'object' && problem !== null && 'details' in problem ? (problem as { details: Record<string, unknown> }).details['field'] : undefined;
    errors.set([{ fieldId: typeof field === 'string' ? field : defaultField, message: errorMessage(problem) }]);
    return false;
  } finally {
    saving.set(false);
  }
}

export function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
