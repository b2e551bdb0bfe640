import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RecordOfferOutcomeDocument, type ChildFieldsFragment, type OfferOutcome } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { type FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';

/** The API's fields are this form's ids; a problem with the offer itself is shown with the date. */
const FIELD_IDS: FieldIds = (field) => (['outcome', 'childWords', 'nonInstructedReason', 'decidedOn'].includes(field) ? field : 'decidedOn');

/** Records the child's answer to an open offer. Opting out needs the child's own words. */
@Component({
  selector: 'app-decision-form',
  imports: [DateFieldComponent, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <fieldset class="fieldset" [attr.aria-describedby]="describedBy('outcome')">
        <legend class="fieldset__legend heading-m">Record the child's decision</legend>
        <div class="form-group" [class.form-group--error]="fieldError('outcome')">
          @if (fieldError('outcome'); as message) {
            <p id="outcome-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <div class="radios">
            @for (option of options; track option.value; let first = $first) {
              <div class="radios__item">
                <input class="radios__input" type="radio" name="outcome" [id]="first ? 'outcome' : 'outcome-' + option.value" [value]="option.value"
                  [checked]="outcome() === option.value" (change)="outcome.set(option.value)" />
                <label class="label radios__label" [for]="first ? 'outcome' : 'outcome-' + option.value">{{ option.label }}</label>
              </div>
              @if (option.value === 'OPTED_OUT' && outcome() === 'OPTED_OUT') {
                <div class="radios__conditional form-group" [class.form-group--error]="fieldError('childWords')">
                  <label class="label" for="childWords">The child's own words</label>
                  @if (fieldError('childWords'); as message) {
                    <p id="childWords-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
                  }
                  <textarea class="textarea" id="childWords" rows="4" [value]="childWords()" (input)="childWords.set(value($event))"
                    [attr.aria-describedby]="describedBy('childWords')"></textarea>
                </div>
              }
              @if (option.value === 'NON_INSTRUCTED' && outcome() === 'NON_INSTRUCTED') {
                <div class="radios__conditional form-group" [class.form-group--error]="fieldError('nonInstructedReason')">
                  <label class="label" for="nonInstructedReason">Why the child cannot instruct an advocate</label>
                  @if (fieldError('nonInstructedReason'); as message) {
                    <p id="nonInstructedReason-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
                  }
                  <textarea class="textarea" id="nonInstructedReason" rows="3" [value]="reason()" (input)="reason.set(value($event))"
                    [attr.aria-describedby]="describedBy('nonInstructedReason')"></textarea>
                </div>
              }
            }
          </div>
        </div>
      </fieldset>
      <div class="form-group" appDateField fieldId="decidedOn" label="Date of decision" [error]="fieldError('decidedOn')" [(value)]="decidedOn"></div>
      <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save decision' }}</button>
    </form>
  `,
})
export class DecisionFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly offerId = input.required<string>();
  readonly saved = output<ChildFieldsFragment>();

  protected readonly options: ReadonlyArray<{ value: OfferOutcome; label: string }> = [
    { value: 'ACCEPTED', label: 'Accepted' },
    { value: 'OPTED_OUT', label: 'Opted out' },
    { value: 'NON_INSTRUCTED', label: 'Non-instructed advocacy' },
  ];
  /** No decision is chosen for the advocate: they say what the child decided. */
  protected readonly outcome = signal<OfferOutcome | null>(null);
  protected readonly childWords = signal('');
  protected readonly reason = signal('');
  protected readonly decidedOn = signal(todayIso());

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const outcome = this.outcome();
    const problems: SummaryError[] = [];
    if (outcome === null) problems.push({ fieldId: 'outcome', message: "Select the child's decision" });
    if (outcome === 'OPTED_OUT' && this.childWords().trim() === '')
      problems.push({ fieldId: 'childWords', message: "Enter the child's own words about opting out" });
    if (outcome === 'NON_INSTRUCTED' && this.reason().trim() === '')
      problems.push({ fieldId: 'nonInstructedReason', message: 'Enter why the child cannot instruct an advocate' });
    const dateError = this.decidedOn() === '' ? 'Enter the date of the decision' : dateProblem('Date of decision', this.decidedOn());
    if (dateError !== null) problems.push({ fieldId: 'decidedOn', message: dateError });
    this.errors.set(problems);
    if (outcome === null || problems.length > 0) return;
    const input = {
      offerId: this.offerId(),
      outcome,
      decidedOn: this.decidedOn(),
      childWords: outcome === 'OPTED_OUT' ? this.childWords().trim() || null : null,
      nonInstructedReason: outcome === 'NON_INSTRUCTED' ? this.reason().trim() || null : null,
    };
    await submitForm(
      this.errors,
      this.saving,
      'decidedOn',
      async () => this.saved.emit((await this.graphql.request(RecordOfferOutcomeDocument, { input })).recordOfferOutcome),
      FIELD_IDS,
    );
  }
}
