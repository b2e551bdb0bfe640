import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  CONCERN_THEMES,
  type ConcernTheme,
  OUTCOME_LABELS,
  outcomeNeedsReason,
  outcomeProblem,
  outcomeThemesProblem,
  THEME_LABELS,
  VIEW_OUTCOMES,
  type ViewOutcome,
} from '@heard/domain';
import {
  SetViewOutcomeDocument,
  YouSaidWeDidAnswersDocument,
  YouSaidWeDidDocument,
  type YouSaidWeDidAnswersQuery,
  type YouSaidWeDidQuery,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ConsentCheckboxComponent } from '../../shared/ui/consent-checkbox.component';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { errorMessage } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ukDate } from '../../shared/ui/uk-date.pipe';
import { childFirstName, savedNotice, themesText, toggledThemes } from './you-said-we-did';

type Item = YouSaidWeDidQuery['youSaidWeDid'][number];

/** The child's advocate records what became of one thing the child said: the outcome, why, what answered it, and whether the child may see it. */
@Component({
  selector: 'app-set-outcome-page',
  imports: [RouterLink, ConsentCheckboxComponent, ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="listLink()">Back to "You said, we did"</a>
    @if (loadError(); as message) {
      <h1 class="heading-l">Not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (item(); as i) {
      <span class="caption-l">{{ childName() }}</span>
      <h1 class="heading-l">What became of what {{ childName() }} said</h1>
      <div class="inset-text"><p class="body">"{{ i.said }}"</p></div>
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      @if (step() === 'check') {
        <h2 class="heading-m">Check your answers before saving</h2>
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt>What happened</dt>
            <dd>{{ outcomeName() }}</dd>
            <dd><button class="link-button" type="button" (click)="change('outcome')">Change<span class="visually-hidden"> what happened</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Why</dt>
            <dd>{{ reason().trim() === '' ? 'Not given' : reason().trim() }}</dd>
            <dd><button class="link-button" type="button" (click)="change('reason')">Change<span class="visually-hidden"> why</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Decision that answered it</dt>
            <dd>{{ optionLabel(decisions(), decisionId()) }}</dd>
            <dd><button class="link-button" type="button" (click)="change('decisionId')">Change<span class="visually-hidden"> the decision</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Action that answered it</dt>
            <dd>{{ optionLabel(actions(), actionId()) }}</dd>
            <dd><button class="link-button" type="button" (click)="change('actionId')">Change<span class="visually-hidden"> the action</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Themes</dt>
            <dd>{{ themesText(themes()) }}</dd>
            <dd><button class="link-button" type="button" (click)="change('themes')">Change<span class="visually-hidden"> the themes</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Shown to {{ childName() }}</dt>
            <dd>{{ showToChild() ? 'Yes, ' + childName() + ' agreed' : 'No' }}</dd>
            <dd>
              <button class="link-button" type="button" (click)="change('showToChild')">Change<span class="visually-hidden"> whether it is shown</span></button>
            </dd>
          </div>
        </dl>
        <form novalidate (submit)="save($event)">
          <button class="button" type="submit" [disabled]="saving()">Save the outcome</button>
        </form>
      } @else {
        <form novalidate (submit)="check($event)">
          <div class="form-group" [class.form-group--error]="fieldError('outcome')">
            <fieldset class="fieldset" [attr.aria-describedby]="describedBy('outcome')">
              <legend class="fieldset__legend fieldset__legend--m">What happened?</legend>
              @if (fieldError('outcome'); as message) {
                <p class="error-message" id="outcome-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <div class="radios">
                @for (o of outcomes; track o; let first = $first) {
                  <div class="radios__item">
                    <input
                      class="radios__input"
                      type="radio"
                      name="outcome"
                      [id]="first ? 'outcome' : 'outcome-' + o"
                      [checked]="outcome() === o"
                      (change)="outcome.set(o)"
                    />
                    <label class="label radios__label" [for]="first ? 'outcome' : 'outcome-' + o">{{ labels[o] }}</label>
                  </div>
                }
              </div>
            </fieldset>
          </div>
          <div
            class="form-group"
            appTextareaField
            fieldId="reason"
            [label]="reasonLabel()"
            [hint]="'Write it in words ' + childName() + ' can understand. It is shown on their page if they agree.'"
            [rows]="3"
            [error]="fieldError('reason')"
            [(value)]="reason"
          ></div>
          <div
            class="form-group"
            appSelectField
            fieldId="decisionId"
            label="The decision that answered it (optional)"
            placeholder="None"
            [options]="decisions()"
            [error]="fieldError('decisionId')"
            [(value)]="decisionId"
          ></div>
          <div
            class="form-group"
            appSelectField
            fieldId="actionId"
            label="The action that answered it (optional)"
            placeholder="None"
            [options]="actions()"
            [error]="fieldError('actionId')"
            [(value)]="actionId"
          ></div>
          <div class="form-group" [class.form-group--error]="fieldError('themes')">
            <fieldset class="fieldset" aria-describedby="themes-hint">
              <legend class="fieldset__legend fieldset__legend--s">Themes (optional)</legend>
              <div class="hint" id="themes-hint">Choose every theme this is about. Themes are counted, without names, in the Commissioner's themes through the year.</div>
              @if (fieldError('themes'); as message) {
                <p class="error-message" id="themes-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <div class="checkboxes" id="themes">
                @for (theme of allThemes; track theme) {
                  <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" [id]="'theme-' + theme" [checked]="themes().includes(theme)" (change)="toggle(theme, $event)" />
                    <label class="label checkboxes__label" [for]="'theme-' + theme">{{ themeLabels[theme] }}</label>
                  </div>
                }
              </div>
            </fieldset>
          </div>
          <div class="form-group">
            <fieldset class="fieldset">
              <legend class="fieldset__legend fieldset__legend--s">May this be shown to {{ childName() }}?</legend>
              <p class="body hint">Only tick this if {{ childName() }} agreed it may be on their printed "You said, we did" page.</p>
              <div class="checkboxes">
                <app-consent-checkbox inputId="showToChild" [label]="childName() + ' agreed this may be shown to them'" [(checked)]="showToChild" />
              </div>
            </fieldset>
          </div>
          <button class="button" type="submit">Continue</button>
        </form>
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading…</p>
    }
  `,
})
export class SetOutcomePage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  readonly id = input.required<string>();
  readonly viewId = input.required<string>();

  protected readonly outcomes = VIEW_OUTCOMES;
  protected readonly labels = OUTCOME_LABELS;
  protected readonly allThemes = CONCERN_THEMES;
  protected readonly themeLabels = THEME_LABELS;
  protected readonly themesText = themesText;
  protected readonly themes = signal<ConcernTheme[]>([]);
  protected readonly item = signal<Item | null>(null);
  protected readonly childName = signal('');
  protected readonly meetings = signal<YouSaidWeDidAnswersQuery['meetingsForChild']>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly outcome = signal<ViewOutcome | null>(null);
  protected readonly reason = signal('');
  protected readonly decisionId = signal('');
  protected readonly actionId = signal('');
  protected readonly showToChild = signal(false);
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly outcomeName = computed(() => {
    const chosen = this.outcome();
    return chosen === null ? '' : OUTCOME_LABELS[chosen];
  });

  protected readonly listLink = computed(() => ['/advocate', 'children', this.id(), 'you-said-we-did']);
  protected readonly reasonLabel = computed(() => {
    const chosen = this.outcome();
    return chosen !== null && outcomeNeedsReason(chosen) ? 'Why?' : 'Why? (needed if it was only partly done or not done)';
  });
  protected readonly decisions = computed<SelectOption[]>(() =>
    this.meetings().flatMap((m) => m.decisions.map((d) => ({ value: d.id, label: `${ukDate(m.heldOn ?? m.scheduledOn)}: ${d.text}` }))),
  );
  protected readonly actions = computed<SelectOption[]>(() =>
    this.meetings().flatMap((m) => m.actions.map((a) => ({ value: a.id, label: `${ukDate(m.heldOn ?? m.scheduledOn)}: ${a.what}` }))),
  );

  constructor() {
    super();
    effect(() => void this.load(this.id(), this.viewId()));
  }

  /** The client's checks (the server's rule, previewed), then the answers to check. */
  protected check(event: SubmitEvent): void {
    event.preventDefault();
    const item = this.item();
    if (item === null) return;
    const chosen = this.outcome();
    const problem =
      chosen === null ? { field: 'outcome', message: 'Select what happened' } : outcomeProblem({ from: item.outcome, to: chosen, reason: this.reason() });
    const themesProblem = outcomeThemesProblem(this.themes());
    const errors = [problem, themesProblem].flatMap((p) => (p === null ? [] : [{ fieldId: p.field, message: p.message } satisfies SummaryError]));
    this.errors.set(errors);
    if (errors.length === 0) this.step.set('check');
  }

  /** Back to the form, focused on the answer to change. */
  protected change(field: 'outcome' | 'reason' | 'decisionId' | 'actionId' | 'themes' | 'showToChild'): void {
    this.step.set('enter');
    setTimeout(() => document.getElementById(field === 'themes' ? `theme-${this.themes()[0] ?? CONCERN_THEMES[0]}` : field)?.focus());
  }

  protected toggle(theme: ConcernTheme, event: Event): void {
    const on = event.target instanceof HTMLInputElement && event.target.checked;
    this.themes.set(toggledThemes(this.themes(), theme, on));
  }

  protected optionLabel(options: readonly SelectOption[], value: string): string {
    return options.find((o) => o.value === value)?.label ?? 'None';
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const item = this.item();
    const chosen = this.outcome();
    if (item === null || chosen === null) return;
    const input = {
      viewId: item.viewId,
      outcome: chosen,
      reason: this.reason().trim() === '' ? null : this.reason(),
      decisionId: this.decisionId() === '' ? null : this.decisionId(),
      actionId: this.actionId() === '' ? null : this.actionId(),
      showToChild: this.showToChild(),
      themes: this.themes(),
      version: item.version,
    };
    let notice = '';
    const saved = await submitForm(this.errors, this.saving, 'outcome', async () => {
      const result = (await this.graphql.request(SetViewOutcomeDocument, { input })).setViewOutcome;
      notice = savedNotice(result.outcome, result.showToChild, this.childName());
    });
    if (saved) await this.router.navigate(this.listLink(), { state: { notice } });
    else this.step.set('enter');
  }

  private async load(childId: string, viewId: string): Promise<void> {
    try {
      const [page, answers] = await Promise.all([
        this.graphql.request(YouSaidWeDidDocument, { childId }),
        this.graphql.request(YouSaidWeDidAnswersDocument, { childId }),
      ]);
      const item = page.youSaidWeDid.find((i) => i.viewId === viewId);
      if (item === undefined || !item.maySetOutcome) throw new Error('Only the child’s current advocate can record what became of this.');
      this.childName.set(childFirstName(page.child));
      this.meetings.set(answers.meetingsForChild);
      // A first outcome starts with nothing chosen; a saved one shows what is stored.
      this.outcome.set(item.version === 0 ? null : item.outcome);
      this.reason.set(item.reason ?? '');
      this.decisionId.set(item.decision?.id ?? '');
      this.actionId.set(item.action?.id ?? '');
      this.showToChild.set(item.showToChild);
      this.themes.set(item.themes);
      this.item.set(item);
      this.loadError.set(null);
    } catch (problem: unknown) {
      this.loadError.set(errorMessage(problem));
    }
  }
}
