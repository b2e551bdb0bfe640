import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ActionForConcernDocument, ChildDocument, RaiseConcernDocument, type ConcernTheme } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { loadState } from '../../shared/ui/load-state';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { CONCERN_THEMES, themeLabel } from './concern-labels';
import { raisedNotice } from './concern-notices';
import { carriedOverLine, driftDescription, findDriftAction } from './drift-action';

const RAISED_ON_LABEL = 'When you raised it with the social worker (optional)';

/**
 * The child's advocate raises a concern: what is wrong, what the child wants, themes. From a drifted meeting action,
 * the page shows the action and its history and starts "What is wrong" from them, so nothing is retyped.
 */
@Component({
  selector: 'app-raise-concern-page',
  imports: [ErrorSummaryComponent, RouterLink, DateFieldComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/advocate/children', id()]">Back</a>
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <span class="caption-l">{{ childName() }}</span>
    <h1 class="heading-l">Raise a concern</h1>
    <p class="body">It starts with the child's social worker, who has a deadline to respond. You can escalate it if they miss it or their response does not resolve it.</p>
    @if (action()) {
      <h2 class="heading-m"><strong class="tag tag--red">Drift</strong> The action this concern comes from</h2>
      @if (drift(); as a) {
        <dl class="summary-list">
          <div class="summary-list__row"><dt>Action</dt><dd>{{ a.what }}</dd></div>
          <div class="summary-list__row"><dt>Who owns it</dt><dd>{{ a.owner }}</dd></div>
          <div class="summary-list__row"><dt>Agreed at the meeting on</dt><dd>{{ a.agreedOn | ukDate }}</dd></div>
          <div class="summary-list__row"><dt>Due</dt><dd>{{ a.dueOn | ukDate }}{{ a.workingDaysOverdue > 0 ? ', ' + a.workingDaysOverdue + ' working days overdue' : '' }}</dd></div>
          <div class="summary-list__row"><dt>Reviews</dt><dd>{{ carriedOver(a) }} at later meetings</dd></div>
          <div class="summary-list__row"><dt>Reason given at its last review</dt><dd>{{ a.reviewNote ?? 'None given' }}</dd></div>
        </dl>
        <p class="body">"What is wrong" starts with this history. Add to it what it means for the child.</p>
      } @else if (meetings.error(); as message) {
        <p class="body">The action's history could not be loaded: {{ message }}</p>
      } @else if (meetings.loading()) {
        <p class="body" role="status" aria-live="polite">Loading the action's history…</p>
      } @else {
        <p class="body">This concern comes from an action carried over twice at the child's meetings.</p>
      }
    }
    @if (recommendation()) { <p class="body">This concern comes from a recommendation made at a visit to the child's home.</p> }
    <form novalidate (submit)="save($event)">
      <div class="form-group" appTextareaField fieldId="whatIsWrong" label="What is wrong" [rows]="action() ? 6 : 3" [error]="fieldError('whatIsWrong')" [(value)]="whatIsWrong"></div>
      <div class="form-group" appTextareaField fieldId="childWants" label="What the child wants, in their words where possible" [rows]="3" [error]="fieldError('childWants')" [(value)]="childWants"></div>
      <div class="form-group" [class.form-group--error]="fieldError('themes')">
        <fieldset class="fieldset" aria-describedby="themes-hint">
          <legend class="fieldset__legend">Themes</legend>
          <div class="hint" id="themes-hint">Choose every theme that applies.</div>
          @if (fieldError('themes'); as message) { <p class="error-message">{{ message }}</p> }
          <div class="checkboxes" id="themes">
            @for (theme of allThemes; track theme) {
              <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" [id]="'theme-' + theme" [checked]="themes().includes(theme)" (change)="toggle(theme, $event)" />
                <label class="label checkboxes__label" [for]="'theme-' + theme">{{ label(theme) }}</label>
              </div>
            }
          </div>
        </fieldset>
      </div>
      <div class="form-group" appDateField fieldId="raisedOn" [label]="raisedOnLabel" hint="Leave empty for today. The social worker's deadline counts from this date." [error]="fieldError('raisedOn')" [(value)]="raisedOn"></div>
      <button class="button" type="submit" [disabled]="saving()">Raise concern</button>
    </form>
  `,
})
export class RaiseConcernPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  readonly id = input.required<string>();
  /** A drifted meeting action this concern comes from (query parameter). */
  readonly action = input<string | undefined>(undefined);
  /** A home-visit recommendation about this child that this concern comes from (query parameter). */
  readonly recommendation = input<string | undefined>(undefined);
  protected readonly allThemes = CONCERN_THEMES;
  protected readonly raisedOnLabel = RAISED_ON_LABEL;
  protected readonly whatIsWrong = signal('');
  protected readonly childWants = signal('');
  protected readonly raisedOn = signal('');
  private readonly chosen = signal<ConcernTheme[] | null>(null);
  protected readonly themes = computed<ConcernTheme[]>(() => this.chosen() ?? (this.action() ? ['DELAY_IN_THE_PLAN'] : []));
  private readonly child = loadState(async () => (await this.graphql.request(ChildDocument, { id: this.id() })).child);
  protected readonly meetings = loadState(async () =>
    this.action() ? (await this.graphql.request(ActionForConcernDocument, { childId: this.id() })).meetingsForChild : [],
  );
  protected readonly drift = computed(() => {
    const action = this.action();
    return action ? findDriftAction(this.meetings.data() ?? [], action) : null;
  });
  protected readonly childName = computed(() => {
    const c = this.child.data();
    return c ? `${c.givenName} ${c.familyName}` : '';
  });
  protected readonly carriedOver = carriedOverLine;

  constructor() {
    super();
    // The action's history starts the description once it has loaded, unless the advocate has already written something.
    let prefilled = false;
    effect(() => {
      const drift = this.drift();
      if (drift === null || prefilled) return;
      prefilled = true;
      if (untracked(this.whatIsWrong) === '') this.whatIsWrong.set(driftDescription(drift));
    });
  }

  protected label(theme: ConcernTheme): string {
    return themeLabel(theme);
  }

  protected toggle(theme: ConcernTheme, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const current = this.themes().filter((t) => t !== theme);
    this.chosen.set(on ? [...current, theme] : current);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const raisedOnProblem = dateProblem('The date you raised it', this.raisedOn());
    const problems: SummaryError[] = [
      ...(this.whatIsWrong().trim() === '' ? [{ fieldId: 'whatIsWrong', message: 'Enter what is wrong' }] : []),
      ...(this.childWants().trim() === '' ? [{ fieldId: 'childWants', message: 'Enter what the child wants' }] : []),
      ...(this.themes().length === 0 ? [{ fieldId: 'themes', message: 'Choose at least one theme' }] : []),
      ...(raisedOnProblem === null ? [] : [{ fieldId: 'raisedOn', message: raisedOnProblem }]),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const input = {
      childId: this.id(),
      whatIsWrong: this.whatIsWrong(),
      childWants: this.childWants(),
      themes: this.themes(),
      raisedOn: this.raisedOn() || null,
      fromActionId: this.action() ?? null,
      fromRecommendationId: this.recommendation() ?? null,
      evidence: [],
    };
    await submitForm(
      this.errors,
      this.saving,
      'whatIsWrong',
      async () => {
        const concern = (await this.graphql.request(RaiseConcernDocument, { input })).raiseConcern;
        await this.router.navigate(['/advocate/concerns', concern.id], { state: { notice: raisedNotice(concern) } });
      },
      { fromActionId: 'whatIsWrong', fromRecommendationId: 'whatIsWrong' },
    );
  }
}
