import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import type { SummaryError } from '../../shared/ui/error-summary.component';

export interface NewChildForm {
  laChildRef: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  dateOfBirth: string;
  firstLanguage: string;
}

export const emptyNewChild = (): NewChildForm => ({ laChildRef: '', givenName: '', familyName: '', preferredName: '', dateOfBirth: '', firstLanguage: '' });

const REQUIRED: ReadonlyArray<[keyof NewChildForm, string]> = [
  ['laChildRef', 'Enter your reference for the child'],
  ['givenName', 'Enter the child’s given name'],
  ['familyName', 'Enter the child’s family name'],
  ['dateOfBirth', 'Enter the child’s date of birth'],
];

export function newChildProblems(form: NewChildForm): SummaryError[] {
  return REQUIRED.filter(([field]) => form[field].trim() === '').map(([field, message]) => ({ fieldId: field, message }));
}

/** The fields for a child new to Heard. */
@Component({
  selector: 'app-new-child-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (field of fields; track field.id) {
      <div class="form-group" [class.form-group--error]="errorFor(field.id)">
        <label class="label" [for]="field.id">{{ field.label }}</label>
        @if (errorFor(field.id); as message) {
          <p class="error-message" [id]="field.id + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
        }
        <input class="input" [class.input--error]="errorFor(field.id)" [id]="field.id" [type]="field.type" [value]="form()[field.id]"
          [attr.aria-invalid]="errorFor(field.id) ? 'true' : null" [attr.aria-describedby]="errorFor(field.id) ? field.id + '-error' : null"
          (input)="set(field.id, $event)" />
      </div>
    }
  `,
})
export class NewChildFieldsComponent {
  readonly form = model.required<NewChildForm>();
  readonly errors = input<readonly SummaryError[]>([]);
  protected readonly fields: ReadonlyArray<{ id: keyof NewChildForm; label: string; type: string }> = [
    { id: 'laChildRef', label: 'Your reference for the child', type: 'text' },
    { id: 'givenName', label: 'Given name', type: 'text' },
    { id: 'familyName', label: 'Family name', type: 'text' },
    { id: 'preferredName', label: 'Preferred name (optional)', type: 'text' },
    { id: 'dateOfBirth', label: 'Date of birth', type: 'date' },
    { id: 'firstLanguage', label: 'First language (optional)', type: 'text' },
  ];

  protected errorFor(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected set(field: keyof NewChildForm, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.form.update((form) => ({ ...form, [field]: value }));
  }
}
