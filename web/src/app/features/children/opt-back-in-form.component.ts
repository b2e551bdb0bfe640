import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RecordOptBackInDocument, type ChildFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { type FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';

/** The API's input names → this form's ids; a problem with the child itself is shown with the date. */
const FIELD_IDS: FieldIds = (field) => (field === 'childWords' ? 'optInWords' : 'optInDate');

/** Opting out is never final: the child can opt back in at any time. */
@Component({
  selector: 'app-opt-back-in-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">The child wants an advocate again</h2>
      <div class="form-group" appDateField fieldId="optInDate" label="Date they opted back in" [error]="fieldError('optInDate')" [(value)]="decidedOn"></div>
      <div class="form-group" appTextareaField fieldId="optInWords" label="The child's own words (optional)" [rows]="3" [error]="fieldError('optInWords')" [(value)]="words"></div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record that the child opted back in</button>
    </form>
  `,
})
export class OptBackInFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly saved = output<ChildFieldsFragment>();
  protected readonly decidedOn = signal(todayIso());
  protected readonly words = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dateError = this.decidedOn() === '' ? 'Enter the date they opted back in' : dateProblem('Date they opted back in', this.decidedOn());
    this.errors.set(dateError === null ? [] : [{ fieldId: 'optInDate', message: dateError }]);
    if (dateError !== null) return;
    const input = { childId: this.childId(), decidedOn: this.decidedOn(), childWords: this.words().trim() || null };
    await submitForm(
      this.errors,
      this.saving,
      'optInDate',
      async () => this.saved.emit((await this.graphql.request(RecordOptBackInDocument, { input })).recordOptBackIn),
      FIELD_IDS,
    );
  }
}
