import { Directive, inject, input, output, signal, type WritableSignal } from '@angular/core';
import type { ConcernFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';

export type Problem = SummaryError | null;

/** Checks a required text field, naming it in the error summary. */
export function required(value: string, fieldId: string, message: string): Problem {
  return value.trim() === '' ? { fieldId, message } : null;
}

/** Shared plumbing for the concern page's forms: errors, saving state and the updated concern. */
@Directive()
export abstract class ConcernFormBase extends FormBase {
  protected readonly graphql = inject(GraphqlClient);
  readonly concern = input.required<ConcernFieldsFragment>();
  readonly updated = output<ConcernFieldsFragment>();
  private readonly fields: Array<() => void> = [];

  /** A form field's value; it goes back to `initial` after every successful save, as the form on screen does. */
  protected field<T>(initial: T): WritableSignal<T> {
    const value = signal(initial);
    this.fields.push(() => value.set(initial));
    return value;
  }

  protected async run(event: SubmitEvent, problems: Problem[], defaultField: string, request: () => Promise<ConcernFieldsFragment>): Promise<void> {
    event.preventDefault();
    const found = problems.filter((p): p is SummaryError => p !== null);
    this.errors.set(found);
    if (found.length > 0) return;
    const form = event.target as HTMLFormElement;
    if (await submitForm(this.errors, this.saving, defaultField, async () => this.updated.emit(await request()))) {
      form.reset();
      // What is sent next is what the form shows: no value from the last save is sent again unseen.
      for (const reset of this.fields) reset();
      this.afterSave();
    }
  }

  /** Puts the form's own state back to its starting (safe) values once a save succeeded; the DOM is reset already. */
  protected afterSave(): void {
    return;
  }
}
