import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { londonDate, themeAnswerProblem } from '@heard/domain';
import { AnswerThemeDocument, type ThemeRequestViewFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from './theme-fields';

/** The LA manager's answer to a theme: what the LA found, what it will do, and by when. It is sent once. */
@Component({
  selector: 'app-answer-theme-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" />
    <h2 class="heading-m">Answer the theme</h2>
    <form novalidate (submit)="send($event)">
      <div class="form-group" appTextareaField fieldId="found" label="What the local authority found" [rows]="5" [error]="fieldError('found')" [(value)]="found"></div>
      <div class="form-group" appTextareaField fieldId="willDo" label="What the local authority will do" [rows]="5" [error]="fieldError('willDo')" [(value)]="willDo"></div>
      <div class="form-group" appDateField fieldId="byWhen" label="By when" hint="A date after today." [error]="fieldError('byWhen')" [(value)]="byWhen"></div>
      <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Sending…' : 'Send the answer' }}</button>
    </form>
  `,
})
export class AnswerThemeFormComponent extends FormBase {
  readonly requestId = input.required<string>();
  readonly answered = output<ThemeRequestViewFragment>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly found = signal('');
  protected readonly willDo = signal('');
  protected readonly byWhen = signal('');

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const answer = { found: this.found(), willDo: this.willDo(), byWhen: this.byWhen() };
    const problem = themeAnswerProblem(answer, londonDate(new Date()));
    this.errors.set(problem === null ? [] : [{ fieldId: problem.field, message: problem.message }]);
    if (problem !== null) return;
    let saved: ThemeRequestViewFragment | null = null;
    await submitForm(
      this.errors,
      this.saving,
      'found',
      async () => {
        saved = (await this.graphql.request(AnswerThemeDocument, { input: { themeRequestId: this.requestId(), ...answer } })).answerTheme;
      },
      serverField,
    );
    if (saved !== null) this.answered.emit(saved);
  }
}
