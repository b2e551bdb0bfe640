import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RecordAdvocateAtHearingDocument, RecordCourtHearingDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ConcernFormBase, required, type Problem } from './concern-form.base';
import { hearingNotice } from './concern-notices';

/** A hearing: Commissioner staff record what happened and the outcome; the advocate records attending (or not) and what they said for the child. */
@Component({
  selector: 'app-court-hearing-form',
  imports: [ErrorSummaryComponent, DateFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ advocate() ? 'Record the hearing you attended for the child' : 'Record a hearing' }}</h2>
      <div class="form-group" appDateField fieldId="hearingOn" label="Hearing date" [error]="fieldError('hearingOn')" [(value)]="hearingOn"></div>
      @if (advocate()) {
        <div class="form-group" [class.form-group--error]="fieldError('attended-yes')">
          <fieldset class="fieldset" [attr.aria-describedby]="describedBy('attended-yes')">
            <legend class="fieldset__legend">Did you attend the hearing?</legend>
            @if (fieldError('attended-yes'); as message) {
              <p class="error-message" id="attended-yes-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
            }
            <div class="radios">
              <div class="radios__item"><input class="radios__input" id="attended-yes" type="radio" name="attended" [checked]="attended() === true" (change)="attended.set(true)" />
                <label class="label radios__label" for="attended-yes">Yes, I attended</label></div>
              <div class="radios__item"><input class="radios__input" id="attended-no" type="radio" name="attended" [checked]="attended() === false" (change)="attended.set(false)" />
                <label class="label radios__label" for="attended-no">No, I could not attend</label></div>
            </div>
          </fieldset>
        </div>
      }
      <div class="form-group" appTextareaField fieldId="hearingText" [label]="textLabel()" [rows]="3" [error]="fieldError('hearingText')" [(value)]="text"></div>
      @if (!advocate()) {
        <div class="form-group" appTextareaField fieldId="courtOutcome" label="The court's outcome (optional)" [error]="fieldError('courtOutcome')" [(value)]="outcome"></div>
      }
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record hearing</button>
    </form>
  `,
})
export class CourtHearingFormComponent extends ConcernFormBase {
  readonly advocate = input(false);
  protected readonly hearingOn = this.field('');
  /** Whether the advocate attended: not assumed either way. */
  protected readonly attended = this.field<boolean | null>(null);
  protected readonly text = this.field('');
  protected readonly outcome = this.field('');
  protected readonly textLabel = computed(() => {
    if (!this.advocate()) return 'What happened, including representations made';
    return this.attended() === false ? 'Why you could not attend' : 'What you said for the child';
  });

  protected save(event: SubmitEvent): Promise<boolean> {
    const hearingOn = this.hearingOn();
    const dateError = hearingOn === '' ? 'Enter the hearing date' : dateProblem('Hearing date', hearingOn);
    const advocate = this.advocate();
    const attended = this.attended();
    const problems: Problem[] = [
      dateError === null ? null : { fieldId: 'hearingOn', message: dateError },
      advocate && attended === null ? { fieldId: 'attended-yes', message: 'Select whether you attended the hearing' } : null,
      required(
        this.text(),
        'hearingText',
        advocate && attended === false ? 'Enter why you could not attend' : advocate ? 'Enter what you said for the child' : 'Enter what happened',
      ),
    ];
    const concernId = this.concern().id;
    return this.run(
      event,
      problems,
      'hearingOn',
      async () =>
        advocate
          ? (
              await this.graphql.request(RecordAdvocateAtHearingDocument, {
                input: { concernId, hearingOn, attended: attended === true, summary: this.text() },
              })
            ).recordAdvocateAtHearing
          : (
              await this.graphql.request(RecordCourtHearingDocument, {
                input: { concernId, hearingOn, whatHappened: this.text(), outcome: this.outcome().trim() || null },
              })
            ).recordCourtHearing,
      () => hearingNotice(hearingOn, advocate),
      { summary: 'hearingText', whatHappened: 'hearingText', outcome: 'courtOutcome' },
    );
  }
}
