import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { inputValue } from './submit';

/**
 * One labelled textarea in its form group, with an optional hint and the field's error, each tied to
 * the box by aria-describedby. Sits on the group's own element, so the page keeps its markup:
 * `<div class="form-group" appTextareaField fieldId="…" label="…" [error]="fieldError('…')" [(value)]="…"></div>`.
 */
@Component({
  selector: 'div[appTextareaField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.form-group--error]': 'error()' },
  template: `
    <label class="label" [for]="fieldId()">{{ label() }}</label>
    @if (hint(); as text) {
      <p class="body hint" [id]="fieldId() + '-hint'">{{ text }}</p>
    }
    @if (error(); as message) {
      <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
    }
    <textarea
      class="textarea"
      [id]="fieldId()"
      [rows]="rows()"
      [attr.aria-describedby]="describedBy()"
      [value]="value()"
      (input)="value.set(read($event))"
    ></textarea>
  `,
})
export class TextareaFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly rows = input(2);
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();
  protected readonly read = inputValue;

  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : null, this.error() ? `${this.fieldId()}-error` : null].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  });
}
