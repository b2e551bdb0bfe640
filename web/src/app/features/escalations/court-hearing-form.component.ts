import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RecordAdvocateAtHearingDocument, RecordCourtHearingDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';

/** A hearing: Commissioner staff record what happened and the outcome; the advocate records attending and what they said for the child. */
@Component({
  selector: 'app-court-hearing-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ advocate() ? 'Record the hearing you attended for the child' : 'Record a hearing' }}</h2>
      <div class="form-group" [class.form-group--error]="fieldError('hearingOn')">
        <label class="label" for="hearingOn">Hearing date</label>
        @if (fieldError('hearingOn'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input input--width-10" id="hearingOn" type="date" (input)="hearingOn.set(value($event))" />
      </div>
      @if (advocate()) {
        <div class="checkboxes__item">
          <input class="checkboxes__input" id="attended" type="checkbox" checked (change)="attended.set(checked($event))" />
          <label class="label checkboxes__label" for="attended">I attended the hearing</label>
        </div>
      }
      <div class="form-group" [class.form-group--error]="fieldError('hearingText')">
        <label class="label" for="hearingText">{{ advocate() ? 'What you said for the child (or why you could not attend)' : 'What happened, including representations made' }}</label>
        @if (fieldError('hearingText'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="hearingText" rows="3" (input)="text.set(value($event))"></textarea>
      </div>
      @if (!advocate()) {
        <div class="form-group">
          <label class="label" for="courtOutcome">The court's outcome (optional)</label>
          <textarea class="textarea" id="courtOutcome" rows="2" (input)="outcome.set(value($event))"></textarea>
        </div>
      }
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record hearing</button>
    </form>
  `,
})
export class CourtHearingFormComponent extends ConcernFormBase {
  readonly advocate = input(false);
  protected readonly hearingOn = this.field('');
  protected readonly attended = this.field(true);
  protected readonly text = this.field('');
  protected readonly outcome = this.field('');

  protected save(event: SubmitEvent): Promise<void> {
    const problems = [required(this.hearingOn(), 'hearingOn', 'Enter the hearing date'), required(this.text(), 'hearingText', 'Enter what happened')];
    const concernId = this.concern().id;
    return this.run(event, problems, 'hearingOn', async () =>
      this.advocate()
        ? (
            await this.graphql.request(RecordAdvocateAtHearingDocument, {
              input: { concernId, hearingOn: this.hearingOn(), attended: this.attended(), summary: this.text() },
            })
          ).recordAdvocateAtHearing
        : (
            await this.graphql.request(RecordCourtHearingDocument, {
              input: { concernId, hearingOn: this.hearingOn(), whatHappened: this.text(), outcome: this.outcome().trim() || null },
            })
          ).recordCourtHearing,
    );
  }
}
