import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { inputValue } from '../../shared/ui/submit';
import type { NewChildForm } from './trigger-problems';

/** The fields for a child new to Heard; the date of birth is asked as day, month and year. */
@Component({
  selector: 'app-new-child-fields',
  imports: [DateFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (field of fields; track field.id) {
      @if (field.id === 'dateOfBirth') {
        <div
          class="form-group"
          appDateField
          fieldId="dateOfBirth"
          label="Date of birth"
          example="9 4 2013"
          [birthday]="true"
          [error]="errorFor('dateOfBirth')"
          [value]="form().dateOfBirth"
          (valueChange)="setValue('dateOfBirth', $event)"
        ></div>
      } @else {
        <div class="form-group" [class.form-group--error]="errorFor(field.id)">
          <label class="label" [for]="field.id">{{ field.label }}</label>
          @if (errorFor(field.id); as message) {
            <p class="error-message" [id]="field.id + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <input class="input" [class.input--error]="errorFor(field.id)" [id]="field.id" type="text" spellcheck="false" [value]="form()[field.id]"
            [attr.aria-invalid]="errorFor(field.id) ? 'true' : null" [attr.aria-describedby]="errorFor(field.id) ? field.id + '-error' : null"
            (input)="setValue(field.id, value($event))" />
        </div>
      }
    }
  `,
})
export class NewChildFieldsComponent {
  readonly form = model.required<NewChildForm>();
  readonly errors = input<readonly SummaryError[]>([]);
  protected readonly value = inputValue;
  /** In the order asked; the date of birth is drawn as its own three boxes. */
  protected readonly fields: ReadonlyArray<{ id: keyof NewChildForm; label: string }> = [
    { id: 'laChildRef', label: 'Your reference for the child' },
    { id: 'givenName', label: 'Given name' },
    { id: 'familyName', label: 'Family name' },
    { id: 'preferredName', label: 'Preferred name (optional)' },
    { id: 'dateOfBirth', label: 'Date of birth' },
    { id: 'firstLanguage', label: 'First language (optional)' },
  ];

  protected errorFor(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected setValue(field: keyof NewChildForm, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value }));
  }
}
