import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { ReviewActionDocument, type ActionReviewOutcome, type MeetingActionFieldsFragment } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { MeetingFormBase } from './meeting-form.base';

/** Closes an earlier action (done, or not done with a reason) or carries it over with a reason. */
@Component({
  selector: 'app-review-action',
  imports: [ErrorSummaryComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form class="record" novalidate (submit)="save($event)">
      <h3 class="heading-s">{{ action().what }} @if (action().drift) { <strong class="tag tag--red">Drift</strong> }</h3>
      <p class="body">{{ action().owner }}, due {{ action().dueOn | ukDate }}. Carried over {{ action().carryOvers }} {{ action().carryOvers === 1 ? 'time' : 'times' }}.</p>
      <fieldset class="fieldset"><legend class="visually-hidden">What happened to “{{ action().what }}”?</legend>
        <div class="radios">
          @for (o of outcomes; track o.value; let first = $first) {
            <div class="radios__item"><input class="radios__input" type="radio" [name]="'outcome-' + action().id" [id]="first ? 'review-' + action().id : 'review-' + action().id + '-' + o.value" (change)="outcome.set(o.value)" />
              <label class="label radios__label" [for]="first ? 'review-' + action().id : 'review-' + action().id + '-' + o.value">{{ o.label }}</label></div>
          }
        </div>
      </fieldset>
      <div class="form-group"><label class="label" [for]="'reason-' + action().id">Reason (needed unless done)</label>
        <input class="input" [id]="'reason-' + action().id" type="text" (input)="reason.set(value($event))" /></div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Save<span class="visually-hidden"> review of “{{ action().what }}”</span></button>
    </form>
  `,
})
export class ReviewActionComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  readonly action = input.required<MeetingActionFieldsFragment>();
  protected readonly outcomes: ReadonlyArray<{ value: ActionReviewOutcome; label: string }> = [
    { value: 'DONE', label: 'Done' },
    { value: 'NOT_DONE', label: 'Not done' },
    { value: 'CARRIED_OVER', label: 'Carried over' },
  ];
  protected readonly outcome = signal<ActionReviewOutcome | null>(null);
  protected readonly reason = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const outcome = this.outcome();
    const problems = outcome === null ? [{ fieldId: `review-${this.action().id}`, message: 'Select what happened to the action' }] : [];
    const input = { meetingId: this.meetingId(), actionId: this.action().id, outcome: outcome ?? 'DONE', reason: this.reason() || null };
    await this.run(problems, `reason-${this.action().id}`, async () => (await this.graphql.request(ReviewActionDocument, { input })).reviewAction);
  }
}
