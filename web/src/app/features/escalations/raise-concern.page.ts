import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ChildDocument, RaiseConcernDocument, type ConcernTheme } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { loadState } from '../../shared/ui/load-state';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { CONCERN_THEMES, themeLabel } from './concern-labels';

/** The child's advocate raises a concern: what is wrong, what the child wants, themes; from a drifted action if there is one. */
@Component({
  selector: 'app-raise-concern-page',
  imports: [ErrorSummaryComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/advocate/children', id()]">Back</a>
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <span class="caption-l">{{ childName() }}</span>
    <h1 class="heading-l">Raise a concern</h1>
    <p class="body">It starts with the child's social worker, who has a deadline to respond. You can escalate it if they miss it or their response does not resolve it.</p>
    @if (action()) { <p class="body"><strong class="tag tag--red">Drift</strong> This concern comes from an action carried over twice at the child's meetings.</p> }
    @if (recommendation()) { <p class="body">This concern comes from a recommendation made at a visit to the child's home.</p> }
    <form novalidate (submit)="save($event)">
      <div class="form-group" [class.form-group--error]="fieldError('whatIsWrong')">
        <label class="label" for="whatIsWrong">What is wrong</label>
        @if (fieldError('whatIsWrong'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="whatIsWrong" rows="3" (input)="whatIsWrong.set(value($event))"></textarea>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('childWants')">
        <label class="label" for="childWants">What the child wants, in their words where possible</label>
        @if (fieldError('childWants'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="childWants" rows="3" (input)="childWants.set(value($event))"></textarea>
      </div>
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
      <div class="form-group" [class.form-group--error]="fieldError('raisedOn')">
        <label class="label" for="raisedOn">When you raised it with the social worker (optional)</label>
        <div class="hint" id="raisedOn-hint">Leave empty for today. The social worker's deadline counts from this date.</div>
        @if (fieldError('raisedOn'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input input--width-10" id="raisedOn" type="date" aria-describedby="raisedOn-hint" (input)="raisedOn.set(value($event))" />
      </div>
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
  protected readonly whatIsWrong = signal('');
  protected readonly childWants = signal('');
  protected readonly raisedOn = signal('');
  private readonly chosen = signal<ConcernTheme[] | null>(null);
  protected readonly themes = computed<ConcernTheme[]>(() => this.chosen() ?? (this.action() ? ['DELAY_IN_THE_PLAN'] : []));
  private readonly child = loadState(async () => (await this.graphql.request(ChildDocument, { id: this.id() })).child);
  protected readonly childName = computed(() => {
    const c = this.child.data();
    return c ? `${c.givenName} ${c.familyName}` : '';
  });

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
    const problems: SummaryError[] = [
      ...(this.whatIsWrong().trim() === '' ? [{ fieldId: 'whatIsWrong', message: 'Enter what is wrong' }] : []),
      ...(this.childWants().trim() === '' ? [{ fieldId: 'childWants', message: 'Enter what the child wants' }] : []),
      ...(this.themes().length === 0 ? [{ fieldId: 'themes', message: 'Choose at least one theme' }] : []),
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
    await submitForm(this.errors, this.saving, 'whatIsWrong', async () => {
      const concern = (await this.graphql.request(RaiseConcernDocument, { input })).raiseConcern;
      await this.router.navigate(['/advocate/concerns', concern.id]);
    });
  }
}
