import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { inputValue } from './submit';

/**
 * One labelled text or date input in its form group, with the field's error tied to it by aria-describedby. Sits on
 * the group's own element: `<div class="form-group" appInputField fieldId="…" label="…" type="date" [error]="fieldError('…')" [(value)]="…"></div>`.
 */
@Component({
  selector: 'div[appInputField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.form-group--error]': 'error()' },
  template: `
    <label class="label" [for]="fieldId()">{{ label() }}</label>
    @if (error(); as message) {
      <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
    }
    <input
      class="input"
      [class.input--width-10]="type() === 'date'"
      [class.input--width-20]="type() === 'text'"
      [id]="fieldId()"
      [type]="type()"
      autocomplete="off"
      [attr.aria-describedby]="describedBy()"
      [value]="value()"
      (input)="value.set(read($event))"
    />
  `,
})
export class InputFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly type = input<'text' | 'date'>('text');
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();
  protected readonly read = inputValue;
  protected readonly describedBy = computed(() => (this.error() ? `${this.fieldId()}-error` : null));
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
