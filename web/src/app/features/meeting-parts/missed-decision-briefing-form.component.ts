import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RecordMissedDecisionBriefingDocument, type MeetingPartsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { todayIso } from '../../shared/ui/uk-date.pipe';

/** The child's advocate records telling the child of a significant decision made while they were not there. */
@Component({
  selector: 'app-missed-decision-briefing-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" />
    <form novalidate (submit)="save($event)" [attr.aria-label]="'The child was told: ' + decisionText()">
      <div class="form-group" appDateField [fieldId]="'toldOn-' + decisionId()" label="When you told the child" [error]="fieldError('toldOn-' + decisionId())" [(value)]="toldOn"></div>
      <div class="form-group" appTextareaField [fieldId]="'childSaid-' + decisionId()" label="What the child said" [rows]="3" [error]="fieldError('childSaid-' + decisionId())" [(value)]="childSaid"></div>
      <button class="button" type="submit" [disabled]="saving()">Record that the child was told</button>
    </form>
  `,
})
export class MissedDecisionBriefingFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly decisionId = input.required<string>();
  readonly decisionText = input.required<string>();
  readonly updated = output<MeetingPartsFieldsFragment>();
  protected readonly toldOn = signal(todayIso());
  protected readonly childSaid = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const id = this.decisionId();
    const fields = { toldOn: `toldOn-${id}`, childSaid: `childSaid-${id}` };
    const dateError = this.toldOn() === '' ? 'Enter the date you told the child' : dateProblem('When you told the child', this.toldOn());
    const problems: SummaryError[] = [
      ...(dateError === null ? [] : [{ fieldId: fields.toldOn, message: dateError }]),
      ...(this.childSaid().trim() === '' ? [{ fieldId: fields.childSaid, message: 'Enter what the child said' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const input = { decisionId: id, toldOn: this.toldOn(), childSaid: this.childSaid() };
    await submitForm(
      this.errors,
      this.saving,
      fields.childSaid,
      async () => this.updated.emit((await this.graphql.request(RecordMissedDecisionBriefingDocument, { input })).recordMissedDecisionBriefing),
      fields,
    );
  }
}
