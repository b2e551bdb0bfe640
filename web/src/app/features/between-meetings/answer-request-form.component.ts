import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { AnswerEarlierMeetingRequestDocument, type EarlierMeetingRequestFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import type { FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';

const FIELD_IDS: FieldIds = { answer: 'answerChoice', meetingOn: 'answerMeetingOn', reasons: 'answerReasons', requestId: 'answerChoice' };

/** A manager of the child's LA answers a request for an earlier meeting: agreed, with the day, or declined, with reasons. */
@Component({
  selector: 'app-answer-request-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <div class="form-group" [class.form-group--error]="fieldError('answerChoice') !== null">
        <fieldset class="fieldset">
          <legend class="fieldset__legend heading-s">Answer the request</legend>
          @if (fieldError('answerChoice'); as message) {
            <p id="answerChoice-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <div class="radios">
            <div class="radios__item">
              <input class="radios__input" type="radio" name="answer" id="answerChoice" value="AGREED" [checked]="answer() === 'AGREED'" (change)="answer.set('AGREED')" />
              <label class="label radios__label" for="answerChoice">Agree to an earlier meeting</label>
            </div>
            @if (answer() === 'AGREED') {
              <div class="radios__conditional">
                <div class="form-group" appDateField fieldId="answerMeetingOn" label="Date of the earlier meeting" [error]="fieldError('answerMeetingOn')" [(value)]="meetingOn"></div>
              </div>
            }
            <div class="radios__item">
              <input class="radios__input" type="radio" name="answer" id="answerChoice-DECLINED" value="DECLINED" [checked]="answer() === 'DECLINED'" (change)="answer.set('DECLINED')" />
              <label class="label radios__label" for="answerChoice-DECLINED">Decline the request</label>
            </div>
            @if (answer() === 'DECLINED') {
              <div class="radios__conditional">
                <div class="form-group" appTextareaField fieldId="answerReasons" label="Reasons, for the advocate and the child" [rows]="3" [error]="fieldError('answerReasons')" [(value)]="reasons"></div>
              </div>
            }
          </div>
        </fieldset>
      </div>
      <button class="button" type="submit" [disabled]="saving()">Send the answer</button>
    </form>
  `,
})
export class AnswerRequestFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly requestId = input.required<string>();
  readonly answered = output<EarlierMeetingRequestFieldsFragment>();
  protected readonly answer = signal<'AGREED' | 'DECLINED' | ''>('');
  protected readonly meetingOn = signal('');
  protected readonly reasons = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    const answer = this.answer();
    if (answer === '') problems.push({ fieldId: 'answerChoice', message: 'Choose whether you agree to an earlier meeting' });
    if (answer === 'AGREED') {
      const dateError = this.meetingOn() === '' ? 'Enter the date of the earlier meeting' : dateProblem('Date of the earlier meeting', this.meetingOn());
      if (dateError !== null) problems.push({ fieldId: 'answerMeetingOn', message: dateError });
    }
    if (answer === 'DECLINED' && this.reasons().trim() === '') problems.push({ fieldId: 'answerReasons', message: 'Enter the reasons for declining' });
    this.errors.set(problems);
    if (problems.length > 0 || answer === '') return;
    const input =
      answer === 'AGREED'
        ? { requestId: this.requestId(), answer, meetingOn: this.meetingOn(), reasons: null }
        : { requestId: this.requestId(), answer, meetingOn: null, reasons: this.reasons().trim() };
    await submitForm(
      this.errors,
      this.saving,
      'answerChoice',
      async () => this.answered.emit((await this.graphql.request(AnswerEarlierMeetingRequestDocument, { input })).answerEarlierMeetingRequest),
      FIELD_IDS,
    );
  }
}
