import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONCERN_THEMES, putThemeProblem, THEME_LABELS, THEME_RESPONSE_WORKING_DAYS, ukLongDate } from '@heard/domain';
import { PutThemeToLocalAuthorityDocument, ThemeLocalAuthoritiesDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from './theme-fields';

/** Commissioner staff put a theme to a local authority: which LA, which theme, and what they ask. */
@Component({
  selector: 'app-put-theme-page',
  imports: [FormNoticesComponent, RouterLink, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="..">Back to themes put to local authorities</a>
    <div class="grid-row">
      <div class="column-two-thirds">
        <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
        @if (putId(); as id) {
          <p class="body"><a class="link" [routerLink]="['..', id]">See the theme you put</a></p>
        }
        <h1 class="heading-l">Put a theme to a local authority</h1>
        <p class="body">Its managers are told straight away and have {{ days }} working days to answer.</p>
        <form novalidate (submit)="put($event)">
          <div class="form-group" [class.form-group--error]="fieldError('localAuthorityId')">
            <label class="label" for="localAuthorityId">Local authority</label>
            @if (fieldError('localAuthorityId'); as message) {
              <p class="error-message" id="localAuthorityId-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
            }
            <select class="select" id="localAuthorityId" [attr.aria-describedby]="describedBy('localAuthorityId')" (change)="localAuthorityId.set(value($event))">
              <option value="" [selected]="localAuthorityId() === ''">Choose a local authority</option>
              @for (la of authorities.data() ?? []; track la.id) {
                <option [value]="la.id" [selected]="localAuthorityId() === la.id">{{ la.name }}</option>
              }
            </select>
          </div>
          <div class="form-group" [class.form-group--error]="fieldError('theme')">
            <label class="label" for="theme">Theme</label>
            @if (fieldError('theme'); as message) {
              <p class="error-message" id="theme-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
            }
            <select class="select" id="theme" [attr.aria-describedby]="describedBy('theme')" (change)="theme.set(value($event))">
              <option value="" [selected]="theme() === ''">Choose a theme</option>
              @for (t of themes; track t) {
                <option [value]="t" [selected]="theme() === t">{{ labels[t] }}</option>
              }
            </select>
          </div>
          <div
            class="form-group"
            appTextareaField
            fieldId="question"
            label="What you are asking the local authority"
            hint="Say what advocates found and what you want to know."
            [rows]="5"
            [error]="fieldError('question')"
            [(value)]="question"
          ></div>
          <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Putting the theme…' : 'Put the theme' }}</button>
        </form>
      </div>
    </div>
  `,
})
export class PutThemePage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly days = THEME_RESPONSE_WORKING_DAYS;
  protected readonly themes = CONCERN_THEMES;
  protected readonly labels = THEME_LABELS;
  protected readonly authorities = loadState(async () => (await this.graphql.request(ThemeLocalAuthoritiesDocument, {})).themeLocalAuthorities);
  protected readonly localAuthorityId = signal('');
  protected readonly theme = signal('');
  protected readonly question = signal('');
  protected readonly confirmation = signal<string | null>(null);
  protected readonly putId = signal<string | null>(null);

  protected async put(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.confirmation.set(null);
    const problems: SummaryError[] = [];
    if (this.localAuthorityId() === '') problems.push({ fieldId: 'localAuthorityId', message: 'Choose a local authority from the list' });
    const problem = putThemeProblem({ theme: this.theme(), question: this.question() });
    if (problem !== null) problems.push({ fieldId: problem.field, message: problem.message });
    this.errors.set(problems);
    if (problems.length > 0) return;
    await submitForm(
      this.errors,
      this.saving,
      'question',
      async () => {
        const input = { localAuthorityId: this.localAuthorityId(), theme: this.theme() as (typeof CONCERN_THEMES)[number], question: this.question() };
        const put = (await this.graphql.request(PutThemeToLocalAuthorityDocument, { input })).putThemeToLocalAuthority;
        this.confirmation.set(`${put.themeLabel} put to ${put.localAuthorityName}. It must be answered by ${ukLongDate(put.deadline)}.`);
        this.putId.set(put.id);
        this.theme.set('');
        this.question.set('');
        this.localAuthorityId.set('');
      },
      serverField,
    );
  }
}
