import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import type { RadioOption } from './contact-labels';

/**
 * GOV.UK radios in a fieldset, nothing chosen at first; the first radio carries `fieldId` so the error summary's link
 * focuses it: `<app-radio-group fieldId="kind" legend="…" [options]="…" [error]="fieldError('kind')" [(value)]="kind" />`.
 */
@Component({
  selector: 'app-radio-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-group" [class.form-group--error]="error() !== null">
      <fieldset class="fieldset" [attr.aria-describedby]="error() !== null ? fieldId() + '-error' : null">
        <legend class="fieldset__legend heading-s">{{ legend() }}</legend>
        @if (error(); as message) {
          <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="radios" [class.radios--inline]="inline()">
          @for (option of options(); track option.value; let first = $first) {
            <div class="radios__item">
              <input
                class="radios__input"
                type="radio"
                [name]="fieldId()"
                [id]="first ? fieldId() : fieldId() + '-' + option.value"
                [value]="option.value"
                [checked]="value() === option.value"
                (change)="value.set(option.value)"
              />
              <label class="label radios__label" [for]="first ? fieldId() : fieldId() + '-' + option.value">{{ option.label }}</label>
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class RadioGroupComponent {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly options = input.required<readonly RadioOption[]>();
  readonly inline = input(false);
  readonly error = input<string | null>(null);
  readonly value = model.required<string>();
}
