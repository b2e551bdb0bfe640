import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { londonDate, providerAnswerProblem, themeAnswerProblem } from '@heard/domain';
import { AnswerThemeDocument, RecordProviderAnswerDocument, type ThemeRequestViewFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from './theme-fields';

/**
 * An answer to a theme: what was found, what will be done, and by when. The LA manager sends their LA's once; for a
 * provider (which has no account) Commissioner staff record its answer and the date it was received.
 */
@Component({
  selector: 'app-answer-theme-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" />
    <h2 class="heading-m">{{ provider() ? 'Record the provider’s answer' : 'Answer the theme' }}</h2>
    <form novalidate (submit)="send($event)">
      <div class="form-group" appTextareaField fieldId="found" [label]="'What the ' + who() + ' found'" [rows]="5" [error]="fieldError('found')" [(value)]="found"></div>
      <div class="form-group" appTextareaField fieldId="willDo" [label]="'What the ' + who() + ' will do'" [rows]="5" [error]="fieldError('willDo')" [(value)]="willDo"></div>
      <div
        class="form-group"
        appDateField
        fieldId="byWhen"
        label="By when"
        [hint]="provider() ? 'A date after the answer was received.' : 'A date after today.'"
        [error]="fieldError('byWhen')"
        [(value)]="byWhen"
      ></div>
      @if (provider()) {
        <div
          class="form-group"
          appDateField
          fieldId="receivedOn"
          label="Date the answer was received"
          hint="Today or earlier, and not before the theme was put. Whether it was on time is judged on this date."
          [error]="fieldError('receivedOn')"
          [(value)]="receivedOn"
        ></div>
      }
      <button class="button" type="submit" [disabled]="saving()">
        {{ saving() ? (provider() ? 'Recording…' : 'Sending…') : provider() ? 'Record the answer' : 'Send the answer' }}
      </button>
    </form>
  `,
})
export class AnswerThemeFormComponent extends FormBase {
  readonly requestId = input.required<string>();
  /** Set for a provider's request: Commissioner staff record the answer, with the date it was received (not before `putOn`). */
  readonly provider = input(false);
  readonly putOn = input('');
  readonly answered = output<ThemeRequestViewFragment>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly who = computed(() => (this.provider() ? 'provider' : 'local authority'));
  protected readonly found = signal('');
  protected readonly willDo = signal('');
  protected readonly byWhen = signal('');
  protected readonly receivedOn = signal('');

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const answer = { themeRequestId: this.requestId(), found: this.found(), willDo: this.willDo(), byWhen: this.byWhen() };
    const today = londonDate(new Date());
    const problem = this.provider()
      ? providerAnswerProblem({ ...answer, receivedOn: this.receivedOn() }, this.putOn(), today)
      : themeAnswerProblem(answer, today);
    this.errors.set(problem === null ? [] : [{ fieldId: problem.field, message: problem.message }]);
    if (problem !== null) return;
    let saved: ThemeRequestViewFragment | null = null;
    await submitForm(
      this.errors,
      this.saving,
      'found',
      async () => {
        saved = this.provider()
          ? (await this.graphql.request(RecordProviderAnswerDocument, { input: { ...answer, receivedOn: this.receivedOn() } })).recordProviderAnswer
          : (await this.graphql.request(AnswerThemeDocument, { input: answer })).answerTheme;
      },
      serverField,
    );
    if (saved !== null) this.answered.emit(saved);
  }
}
