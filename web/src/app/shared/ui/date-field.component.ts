import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, model } from '@angular/core';
import { isoDateOfParts, partsOfIsoDate, type DateParts } from './date-parts';
import { inputValue } from './submit';

/**
 * One date as GOV.UK asks for it: a fieldset whose legend is the question, a hint with an example, and boxes for
 * the day, month and year (the day box carries `fieldId`, so the error summary's link lands on it). The value is
 * YYYY-MM-DD once all three are filled, '' while all are empty, and otherwise what was typed (see `isoDateOfParts`;
 * `dateProblem` says what is wrong with it):
 * `<div class="form-group" appDateField fieldId="…" label="…" [error]="fieldError('…')" [(value)]="…"></div>`.
 */
@Component({
  selector: 'div[appDateField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.form-group--error]': 'error()' },
  template: `
    <fieldset class="fieldset" role="group" [attr.aria-describedby]="describedBy()">
      <legend class="fieldset__legend label">{{ label() }}</legend>
      <p class="hint" [id]="fieldId() + '-hint'">{{ hint() ?? '' }}{{ hint() ? ' ' : '' }}For example, {{ example() }}</p>
      @if (error(); as message) {
        <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
      }
      <div class="date-input">
        <div class="date-input__item">
          <label class="label" [for]="fieldId()">Day</label>
          <input class="input input--width-2" [class.input--error]="error() !== null" [id]="fieldId()" inputmode="numeric" [attr.autocomplete]="birthday() ? 'bday-day' : 'off'" spellcheck="false" [value]="parts().day" (input)="set('day', $event)" />
        </div>
        <div class="date-input__item">
          <label class="label" [for]="fieldId() + '-month'">Month</label>
          <input class="input input--width-2" [class.input--error]="error() !== null" [id]="fieldId() + '-month'" inputmode="numeric" [attr.autocomplete]="birthday() ? 'bday-month' : 'off'" spellcheck="false" [value]="parts().month" (input)="set('month', $event)" />
        </div>
        <div class="date-input__item">
          <label class="label" [for]="fieldId() + '-year'">Year</label>
          <input class="input input--width-4" [class.input--error]="error() !== null" [id]="fieldId() + '-year'" inputmode="numeric" [attr.autocomplete]="birthday() ? 'bday-year' : 'off'" spellcheck="false" [value]="parts().year" (input)="set('year', $event)" />
        </div>
      </div>
    </fieldset>
  `,
})
export class DateFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  /** Said before the example, e.g. "The day the child left care." */
  readonly hint = input<string | null>(null);
  /** The example the hint gives, in the order the boxes are filled. */
  readonly example = input('27 3 2026');
  /** A date of birth: lets the browser fill it in from the person's own details. */
  readonly birthday = input(false);
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();

  /** The boxes follow the value when the form sets it, and keep what was typed while it is not yet a date. */
  protected readonly parts = linkedSignal<string, DateParts>({
    source: this.value,
    computation: (value, previous) => (previous !== undefined && isoDateOfParts(previous.value) === value ? previous.value : partsOfIsoDate(value)),
  });

  protected readonly describedBy = computed(() =>
    [`${this.fieldId()}-hint`, this.error() ? `${this.fieldId()}-error` : null].filter((id) => id !== null).join(' '),
  );

  protected set(part: keyof DateParts, event: Event): void {
    const parts = { ...this.parts(), [part]: inputValue(event) };
    this.parts.set(parts);
    this.value.set(isoDateOfParts(parts));
  }
}
