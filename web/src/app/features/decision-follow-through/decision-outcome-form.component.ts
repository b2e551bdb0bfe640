import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  ChallengeDecisionDocument,
  type DecisionFollowThroughFieldsFragment,
  MarkDecisionImplementedDocument,
  SetDecisionImplementByDocument,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ukDate } from '../../shared/ui/uk-date.pipe';

type Outcome = 'IMPLEMENT_BY' | 'IMPLEMENTED' | 'CHALLENGE';
const CHOICES: ReadonlyArray<{ value: Outcome; label: string }> = [
  { value: 'IMPLEMENT_BY', label: 'Set the date it is to be implemented by' },
  { value: 'IMPLEMENTED', label: 'It has been implemented' },
  { value: 'CHALLENGE', label: 'The local authority challenges it' },
];

/** For a manager of the child's LA: set a decision's date, mark it implemented, or challenge it with reasons. The server decides. */
@Component({
  selector: 'app-decision-outcome-form',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="null" />
    <form novalidate (submit)="save($event)">
      <div class="form-group">
        <fieldset class="fieldset">
          <legend class="fieldset__legend">What became of “{{ decision().text }}”</legend>
          <div class="radios">
            @for (c of choices; track c.value; let first = $first) {
              <div class="radios__item">
                <input class="radios__input" type="radio" [name]="'outcome-' + index()" [id]="first ? ids.outcome : ids.outcome + '-' + c.value"
                  [checked]="outcome() === c.value" (change)="outcome.set(c.value)" />
                <label class="label radios__label" [for]="first ? ids.outcome : ids.outcome + '-' + c.value">{{ c.label }}</label>
              </div>
            }
          </div>
        </fieldset>
      </div>
      <div class="form-group" appDateField [fieldId]="ids.date" [label]="dateLabel()" [error]="fieldError(ids.date)" [(value)]="date"></div>
      @if (outcome() === 'CHALLENGE') {
        <p class="body hint">{{ decision().challengeDeadlineExplanation }}</p>
        <div class="form-group" appTextareaField [fieldId]="ids.reasons" label="Why the local authority challenges it" [error]="fieldError(ids.reasons)" [(value)]="reasons"></div>
      }
      <button class="button button--secondary" type="submit" [disabled]="saving()">Save<span class="visually-hidden"> what became of “{{ decision().text }}”</span></button>
    </form>
  `,
})
export class DecisionOutcomeFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly decision = input.required<DecisionFollowThroughFieldsFragment>();
  readonly index = input.required<number>();
  /** The decision as the server now has it, and the confirmation to show (the form goes once the decision is settled). */
  readonly updated = output<{ decision: DecisionFollowThroughFieldsFragment; confirmation: string }>();
  protected readonly choices = CHOICES;
  protected readonly outcome = signal<Outcome>('IMPLEMENT_BY');
  protected readonly date = signal('');
  protected readonly reasons = signal('');
  protected ids = { outcome: 'outcome', date: 'outcomeDate', reasons: 'reasons' };

  ngOnInit(): void {
    const n = this.index();
    this.ids = { outcome: `outcome-${n}`, date: `outcomeDate-${n}`, reasons: `reasons-${n}` };
  }

  protected dateLabel(): string {
    return { IMPLEMENT_BY: 'To be implemented by', IMPLEMENTED: 'Implemented on', CHALLENGE: 'Challenged on' }[this.outcome()];
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dateError = this.date() === '' ? `Enter the date (${this.dateLabel().toLowerCase()})` : dateProblem(this.dateLabel(), this.date());
    const problems: SummaryError[] = [
      ...(dateError === null ? [] : [{ fieldId: this.ids.date, message: dateError }]),
      ...(this.outcome() === 'CHALLENGE' && this.reasons().trim() === ''
        ? [{ fieldId: this.ids.reasons, message: 'Say why the local authority challenges this decision' }]
        : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const decisionId = this.decision().decisionId;
    const fieldIds = { implementBy: this.ids.date, implementedOn: this.ids.date, challengedOn: this.ids.date, reasons: this.ids.reasons };
    await submitForm(
      this.errors,
      this.saving,
      this.ids.date,
      async () => this.updated.emit({ decision: await this.send(decisionId), confirmation: this.confirmed() }),
      fieldIds,
    );
  }

  private async send(decisionId: string): Promise<DecisionFollowThroughFieldsFragment> {
    switch (this.outcome()) {
      case 'IMPLEMENT_BY':
        return (await this.graphql.request(SetDecisionImplementByDocument, { input: { decisionId, implementBy: this.date() } })).setDecisionImplementBy;
      case 'IMPLEMENTED':
        return (await this.graphql.request(MarkDecisionImplementedDocument, { input: { decisionId, implementedOn: this.date() } })).markDecisionImplemented;
      case 'CHALLENGE':
        return (await this.graphql.request(ChallengeDecisionDocument, { input: { decisionId, challengedOn: this.date(), reasons: this.reasons() } }))
          .challengeDecision;
    }
  }

  private confirmed(): string {
    const on = ukDate(this.date());
    return {
      IMPLEMENT_BY: `To be implemented by ${on}.`,
      IMPLEMENTED: `Recorded as implemented on ${on}.`,
      CHALLENGE: `Challenged on ${on}, with your reasons.`,
    }[this.outcome()];
  }
}
