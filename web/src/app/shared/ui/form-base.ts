import { Directive, signal } from '@angular/core';
import type { SummaryError } from './error-summary.component';
import { inputValue } from './submit';

/** What every form needs: the error summary's errors, a saving flag and field helpers. */
@Directive()
export abstract class FormBase {
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly value = inputValue;

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected fieldError(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  /** The field's `aria-describedby` while it has an error: the id of its inline message. */
  protected describedBy(field: string): string | null {
    return this.fieldError(field) === null ? null : `${field}-error`;
  }
}
