import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { CONTACT_NOTE_MAX_LENGTH, isContactKind } from '@heard/domain';
import { RecordContactDocument, type ChildContactFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { KIND_OPTIONS, recordedNotice, timeProblem, VIEWS_OPTIONS } from './contact-labels';
import { RadioGroupComponent } from './radio-group.component';

export interface RecordedContact {
  contacts: ChildContactFieldsFragment[];
  notice: string;
}

/** The advocate records a contact: how, when, whether the child's views were recorded, and a private note. */
@Component({
  selector: 'app-record-contact-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, InputFieldComponent, RadioGroupComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="heading-s">Record a contact</h3>
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <app-radio-group fieldId="kind" legend="How were you in contact?" [options]="kinds" [error]="fieldError('kind')" [(value)]="kind" />
      <div class="form-group" appDateField fieldId="occurredOn" label="Date of the contact" [error]="fieldError('occurredOn')" [(value)]="occurredOn"></div>
      <div class="form-group" appInputField fieldId="occurredTime" label="Time of the contact" hint="24-hour clock, for example 14:30" [error]="fieldError('occurredTime')" [(value)]="occurredTime"></div>
      <app-radio-group fieldId="viewsRecorded" legend="Did you record the child's own views?" [inline]="true" [options]="views" [error]="fieldError('viewsRecorded')" [(value)]="viewsRecorded" />
      <div class="form-group" appTextareaField fieldId="privateNote" label="Private note (optional)" hint="Only you and other advocates of this child will see this" [rows]="4" [error]="fieldError('privateNote')" [(value)]="privateNote"></div>
      <button class="button" type="submit" [disabled]="saving()">Save the contact</button>
    </form>
  `,
})
export class RecordContactFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly saved = output<RecordedContact>();

  protected readonly kinds = KIND_OPTIONS;
  protected readonly views = VIEWS_OPTIONS;
  protected readonly kind = signal('');
  protected readonly occurredOn = signal('');
  protected readonly occurredTime = signal('');
  protected readonly viewsRecorded = signal('');
  protected readonly privateNote = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    const kind = this.kind();
    if (!isContactKind(kind)) problems.push({ fieldId: 'kind', message: 'Select how you were in contact' });
    const dateError = this.occurredOn() === '' ? 'Enter the date of the contact' : dateProblem('Date of the contact', this.occurredOn());
    if (dateError !== null) problems.push({ fieldId: 'occurredOn', message: dateError });
    const timeError = timeProblem(this.occurredTime());
    if (timeError !== null) problems.push({ fieldId: 'occurredTime', message: timeError });
    if (this.viewsRecorded() === '') problems.push({ fieldId: 'viewsRecorded', message: "Select yes if you recorded the child's own views" });
    if (this.privateNote().length > CONTACT_NOTE_MAX_LENGTH)
      problems.push({ fieldId: 'privateNote', message: `The private note must be ${CONTACT_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` });
    this.errors.set(problems);
    if (problems.length > 0 || !isContactKind(kind)) return;
    const viewsRecorded = this.viewsRecorded() === 'yes';
    let contacts: ChildContactFieldsFragment[] = [];
    const ok = await submitForm(this.errors, this.saving, 'occurredOn', async () => {
      const input = {
        childId: this.childId(),
        kind,
        occurredOn: this.occurredOn(),
        occurredTime: this.occurredTime().trim(),
        viewsRecorded,
        privateNote: this.privateNote(),
      };
      contacts = (await this.graphql.request(RecordContactDocument, { input })).recordContact;
    });
    if (!ok) return;
    for (const field of [this.kind, this.occurredOn, this.occurredTime, this.viewsRecorded, this.privateNote]) field.set('');
    this.saved.emit({ contacts, notice: recordedNotice(viewsRecorded) });
  }
}
