import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONCERN_THEMES, putThemeContentProblem, THEME_LABELS, THEME_RESPONSE_WORKING_DAYS, ukLongDate } from '@heard/domain';
import { PutThemeToLocalAuthorityDocument, PutThemeToProviderDocument, ThemeLocalAuthoritiesDocument, ThemeProvidersDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { serverField } from './theme-fields';

type Recipient = 'LOCAL_AUTHORITY' | 'PROVIDER';

/** Commissioner staff put a theme to a local authority or a children's home provider: to whom, which theme, what they ask. */
@Component({
  selector: 'app-put-theme-page',
  imports: [FormNoticesComponent, RouterLink, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="..">Back to themes put</a>
    <div class="grid-row">
      <div class="column-two-thirds">
        <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
        @if (putId(); as id) {
          <p class="body"><a class="link" [routerLink]="['..', id]">See the theme you put</a></p>
        }
        <h1 class="heading-l">Put a theme</h1>
        <p class="body">
          A local authority’s managers are told straight away; a provider is emailed at its homes’ contact addresses. Either has {{ days }} working
          days to answer.
        </p>
        <form novalidate (submit)="put($event)">
          <div class="form-group" [class.form-group--error]="fieldError('recipientKind')">
            <fieldset class="fieldset" [attr.aria-describedby]="describedBy('recipientKind')">
              <legend class="fieldset__legend heading-s">Who are you putting the theme to?</legend>
              @if (fieldError('recipientKind'); as message) {
                <p class="error-message" id="recipientKind-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <div class="radios">
                <div class="radios__item">
                  <input class="radios__input" type="radio" name="recipientKind" id="recipientKind" value="LOCAL_AUTHORITY" [checked]="kind() === 'LOCAL_AUTHORITY'" (change)="kind.set('LOCAL_AUTHORITY')" />
                  <label class="label radios__label" for="recipientKind">A local authority</label>
                </div>
                @if (kind() === 'LOCAL_AUTHORITY') {
                  <div class="radios__conditional form-group" [class.form-group--error]="fieldError('localAuthorityId')">
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
                }
                <div class="radios__item">
                  <input class="radios__input" type="radio" name="recipientKind" id="recipientKind-PROVIDER" value="PROVIDER" [checked]="kind() === 'PROVIDER'" (change)="kind.set('PROVIDER')" />
                  <label class="label radios__label" for="recipientKind-PROVIDER">A provider</label>
                </div>
                @if (kind() === 'PROVIDER') {
                  <div class="radios__conditional form-group" [class.form-group--error]="fieldError('providerName')">
                    <label class="label" for="providerName">Provider</label>
                    @if (fieldError('providerName'); as message) {
                      <p class="error-message" id="providerName-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
                    }
                    <select class="select" id="providerName" [attr.aria-describedby]="describedBy('providerName')" (change)="providerName.set(value($event))">
                      <option value="" [selected]="providerName() === ''">Choose a provider</option>
                      @for (p of providers.data() ?? []; track p) {
                        <option [value]="p" [selected]="providerName() === p">{{ p }}</option>
                      }
                    </select>
                  </div>
                }
              </div>
            </fieldset>
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
            [label]="kind() === 'PROVIDER' ? 'What you are asking the provider' : 'What you are asking the local authority'"
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
  protected readonly providers = loadState(async () => (await this.graphql.request(ThemeProvidersDocument, {})).themeProviders);
  protected readonly kind = signal<Recipient | null>(null);
  protected readonly localAuthorityId = signal('');
  protected readonly providerName = signal('');
  protected readonly theme = signal('');
  protected readonly question = signal('');
  protected readonly confirmation = signal<string | null>(null);
  protected readonly putId = signal<string | null>(null);

  protected async put(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.confirmation.set(null);
    const problems = this.problems();
    this.errors.set(problems);
    if (problems.length > 0) return;
    await submitForm(
      this.errors,
      this.saving,
      'question',
      async () => {
        const common = { theme: this.theme() as (typeof CONCERN_THEMES)[number], question: this.question() };
        const put =
          this.kind() === 'PROVIDER'
            ? (await this.graphql.request(PutThemeToProviderDocument, { input: { ...common, providerName: this.providerName() } })).putThemeToProvider
            : (await this.graphql.request(PutThemeToLocalAuthorityDocument, { input: { ...common, localAuthorityId: this.localAuthorityId() } }))
                .putThemeToLocalAuthority;
        this.confirmation.set(`${put.themeLabel} put to ${put.recipientName}. It must be answered by ${ukLongDate(put.deadline)}.`);
        this.putId.set(put.id);
        this.theme.set('');
        this.question.set('');
        this.localAuthorityId.set('');
        this.providerName.set('');
      },
      serverField,
    );
  }

  /** The same rules the API applies, so the summary lists what the server would refuse: whom to, then the theme and question. */
  private problems(): SummaryError[] {
    const kind = this.kind();
    const problems: SummaryError[] = [];
    if (kind === null) problems.push({ fieldId: 'recipientKind', message: 'Choose a local authority or a provider' });
    if (kind === 'LOCAL_AUTHORITY' && this.localAuthorityId() === '')
      problems.push({ fieldId: 'localAuthorityId', message: 'Choose a local authority from the list' });
    if (kind === 'PROVIDER' && !(this.providers.data() ?? []).includes(this.providerName()))
      problems.push({ fieldId: 'providerName', message: 'Choose a provider from the list' });
    const content = putThemeContentProblem({ theme: this.theme(), question: this.question() }, kind ?? 'LOCAL_AUTHORITY');
    if (content !== null) problems.push({ fieldId: content.field, message: content.message });
    return problems;
  }
}
