import { Directive, inject, input, signal, type WritableSignal } from '@angular/core';
import type { ConcernFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import type { FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';

export type Problem = SummaryError | null;

/** A step recorded on the concern: the concern as it now stands and what to tell the user (what happened, what comes next). */
export interface ConcernUpdate {
  readonly concern: ConcernFieldsFragment;
  readonly notice: string;
}

/**
 * Where the concern page hears of each step saved: the page provides it, so a form that a live update removed while
 * its request was on the way (the step made it no longer allowed) still delivers the concern and its confirmation.
 */
export abstract class ConcernSteps {
  abstract saved(update: ConcernUpdate): void;
}

/** Checks a required text field, naming it in the error summary. */
export function required(value: string, fieldId: string, message: string): Problem {
  return value.trim() === '' ? { fieldId, message } : null;
}

/** Shared plumbing for the concern page's forms: errors, saving state and the updated concern with its confirmation. */
@Directive()
export abstract class ConcernFormBase extends FormBase {
  protected readonly graphql = inject(GraphqlClient);
  readonly concern = input.required<ConcernFieldsFragment>();
  private readonly steps = inject(ConcernSteps);
  private readonly fields: Array<() => void> = [];

  /** A form field's value; it goes back to `initial` after every successful save, as the form on screen does. */
  protected field<T>(initial: T): WritableSignal<T> {
    const value = signal(initial);
    this.fields.push(() => value.set(initial));
    return value;
  }

  /** Shows the problems found before sending; true when there are none. */
  protected checkProblems(problems: Problem[]): boolean {
    const found = problems.filter((p): p is SummaryError => p !== null);
    this.errors.set(found);
    return found.length === 0;
  }

  /**
   * Sends the form once `problems` are none; on success hands the page the concern with `notice(concern)`, the
   * confirmation, and resets the form. Returns whether it was saved.
   */
  protected async run(
    event: SubmitEvent,
    problems: Problem[],
    defaultField: string,
    request: () => Promise<ConcernFieldsFragment>,
    notice: (concern: ConcernFieldsFragment) => string,
    fieldIds: FieldIds = {},
  ): Promise<boolean> {
    event.preventDefault();
    if (!this.checkProblems(problems)) return false;
    const form = event.target as HTMLFormElement;
    let saved: ConcernFieldsFragment | null = null;
    const ok = await submitForm(
      this.errors,
      this.saving,
      defaultField,
      async () => {
        saved = await request();
      },
      fieldIds,
    );
    if (ok && saved !== null) {
      const concern: ConcernFieldsFragment = saved;
      const text = notice(concern);
      form.reset();
      // What is sent next is what the form shows: no value from the last save is sent again unseen.
      for (const reset of this.fields) reset();
      this.afterSave();
      this.steps.saved({ concern, notice: text });
    }
    return ok;
  }

  /** Puts the form's own state back to its starting (safe) values once a save succeeded; the DOM is reset already. */
  protected afterSave(): void {
    return;
  }
}
