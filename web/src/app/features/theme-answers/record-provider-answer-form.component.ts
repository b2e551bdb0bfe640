import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { londonDate, providerAnswerProblem } from '@heard/domain';
import { RecordProviderAnswerDocument, type ThemeRequestViewFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from './theme-fields';

/** Commissioner staff record a provider's answer (a provider has no account): what it found, will do, by when, and when it came. */
@Component({
  selector: 'app-record-provider-answer-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" />
    <h2 class="heading-m">Record the provider’s answer</h2>
    <form novalidate (submit)="send($event)">
      <div class="form-group" appTextareaField fieldId="found" label="What the provider found" [rows]="5" [error]="fieldError('found')" [(value)]="found"></div>
      <div class="form-group" appTextareaField fieldId="willDo" label="What the provider will do" [rows]="5" [error]="fieldError('willDo')" [(value)]="willDo"></div>
      <div class="form-group" appDateField fieldId="byWhen" label="By when" hint="A date after the answer was received." [error]="fieldError('byWhen')" [(value)]="byWhen"></div>
      <div
        class="form-group"
        appDateField
        fieldId="receivedOn"
        label="Date the answer was received"
        hint="Today or earlier, and not before the theme was put. Whether it was on time is judged on this date."
        [error]="fieldError('receivedOn')"
        [(value)]="receivedOn"
      ></div>
      <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Recording…' : 'Record the answer' }}</button>
    </form>
  `,
})
export class RecordProviderAnswerFormComponent extends FormBase {
  readonly requestId = input.required<string>();
  readonly putOn = input.required<string>();
  readonly recorded = output<ThemeRequestViewFragment>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly found = signal('');
  protected readonly willDo = signal('');
  protected readonly byWhen = signal('');
  protected readonly receivedOn = signal('');

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const answer = { found: this.found(), willDo: this.willDo(), byWhen: this.byWhen(), receivedOn: this.receivedOn() };
    const problem = providerAnswerProblem(answer, this.putOn(), londonDate(new Date()));
    this.errors.set(problem === null ? [] : [{ fieldId: problem.field, message: problem.message }]);
    if (problem !== null) return;
    let saved: ThemeRequestViewFragment | null = null;
    await submitForm(
      this.errors,
      this.saving,
      'found',
      async () => {
        saved = (await this.graphql.request(RecordProviderAnswerDocument, { input: { themeRequestId: this.requestId(), ...answer } })).recordProviderAnswer;
      },
      serverField,
    );
    if (saved !== null) this.recorded.emit(saved);
  }
}
