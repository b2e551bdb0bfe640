import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { inputValue } from './submit';

/**
 * One labelled text, email, password or date input in its form group, with an optional hint and the field's error,
 * each tied to the box by aria-describedby; the input twin of appTextareaField:
 * `<div class="form-group" appInputField fieldId="…" label="…" type="email" [error]="fieldError('…')" [(value)]="…"></div>`.
 */
@Component({
  selector: 'div[appInputField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.form-group--error]': 'error()' },
  template: `
    <label class="label" [for]="fieldId()">{{ label() }}</label>
    @if (hint(); as text) {
      <p class="hint" [id]="fieldId() + '-hint'">{{ text }}</p>
    }
    @if (error(); as message) {
      <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
    }
    <input
      class="input"
      [class.input--error]="error() !== null"
      [class.input--width-10]="type() === 'date'"
      [id]="fieldId()"
      [type]="type()"
      [attr.autocomplete]="autocomplete()"
      spellcheck="false"
      [attr.aria-describedby]="describedBy()"
      [value]="value()"
      (input)="value.set(read($event))"
    />
  `,
})
export class InputFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'password' | 'date'>('text');
  readonly autocomplete = input('off');
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();
  protected readonly read = inputValue;

  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : null, this.error() ? `${this.fieldId()}-error` : null].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  });
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One labelled select in its form group, its first option the empty choice (`placeholder`), with the field's error
 * tied to it: `<div class="form-group" appSelectField fieldId="…" label="…" placeholder="…" [options]="…" [(value)]="…"></div>`.
 */
@Component({
  selector: 'div[appSelectField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.form-group--error]': 'error()' },
  template: `
    <label class="label" [for]="fieldId()">{{ label() }}</label>
    @if (error(); as message) {
      <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
    }
    <select class="select select--full" [id]="fieldId()" [attr.aria-describedby]="describedBy()" (change)="value.set(read($event))">
      <option value="">{{ placeholder() }}</option>
      @for (option of options(); track option.value) {
        <option [value]="option.value" [selected]="option.value === value()">{{ option.label }}</option>
      }
    </select>
  `,
})
export class SelectFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly placeholder = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();
  protected readonly read = inputValue;
  protected readonly describedBy = computed(() => (this.error() ? `${this.fieldId()}-error` : null));
}
