import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { homeAnswerReceivedProblem, londonDate, recommendationAnswerProblem } from '@heard/domain';
import { AnswerVisitRecommendationDocument, type RecommendationAnswerFieldsFragment, RecordHomeAnswerDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from '../theme-answers/theme-fields';

/**
 * One answer to a visit recommendation, given once: an LA manager's answer for their LA, or the home's answer as
 * its responsible advocate received it (with the date it came). The field ids carry the answer's id, so several
 * forms can sit on one page.
 */
@Component({
  selector: 'app-recommendation-answer-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" />
    <form novalidate (submit)="send($event)">
      <div
        class="form-group"
        appTextareaField
        [fieldId]="ids().response"
        [label]="home() ? 'What the home said it did or will do' : 'What your local authority did or will do'"
        [rows]="4"
        [error]="fieldError(ids().response)"
        [(value)]="response"
      ></div>
      @if (home()) {
        <div
          class="form-group"
          appDateField
          [fieldId]="ids().receivedOn"
          label="The date the home’s answer was received"
          hint="Today or earlier, not before the report was submitted."
          [error]="fieldError(ids().receivedOn)"
          [(value)]="receivedOn"
        ></div>
      }
      <button class="button" type="submit" [disabled]="saving()">
        {{ saving() ? 'Sending…' : home() ? 'Record the home’s answer' : 'Send the answer' }}<span class="visually-hidden"> to “{{ what() }}”</span>
      </button>
    </form>
  `,
})
export class RecommendationAnswerFormComponent extends FormBase {
  readonly answer = input.required<RecommendationAnswerFieldsFragment>();
  /** The recommendation it answers, to name it to screen readers. */
  readonly what = input.required<string>();
  readonly answered = output<RecommendationAnswerFieldsFragment>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly response = signal('');
  protected readonly receivedOn = signal('');
  protected readonly home = computed(() => this.answer().allowedCommands.includes('RECORD_HOME_ANSWER'));
  protected readonly ids = computed(() => ({ response: `response-${this.answer().id}`, receivedOn: `receivedOn-${this.answer().id}` }));

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const today = londonDate(new Date());
    const problem =
      recommendationAnswerProblem({ response: this.response() }) ??
      (this.home() ? homeAnswerReceivedProblem(this.receivedOn(), this.answer().openedOn, today) : null);
    this.errors.set(problem === null ? [] : [{ fieldId: this.fieldOf(problem.field), message: problem.message }]);
    if (problem !== null) return;
    let saved: RecommendationAnswerFieldsFragment | null = null;
    const answerId = this.answer().id;
    await submitForm(
      this.errors,
      this.saving,
      this.ids().response,
      async () => {
        saved = this.home()
          ? (await this.graphql.request(RecordHomeAnswerDocument, { input: { answerId, response: this.response(), receivedOn: this.receivedOn() } }))
              .recordHomeAnswer
          : (await this.graphql.request(AnswerVisitRecommendationDocument, { input: { answerId, response: this.response() } })).answerVisitRecommendation;
      },
      (field) => this.fieldOf(serverField(field)),
    );
    if (saved !== null) this.answered.emit(saved);
  }

  private fieldOf(field: string): string {
    return field === 'receivedOn' ? this.ids().receivedOn : this.ids().response;
  }
}
