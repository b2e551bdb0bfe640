import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ApplyToCourtDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';

/** Commissioner staff apply to court: court, case number, order sought and the first hearing date. */
@Component({
  selector: 'app-court-application-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Apply to court</h2>
      <div class="form-group" [class.form-group--error]="fieldError('court')">
        <label class="label" for="court">Court</label>
        @if (fieldError('court'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input" id="court" type="text" (input)="court.set(value($event))" />
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('caseNumber')">
        <label class="label" for="caseNumber">Case number</label>
        @if (fieldError('caseNumber'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input input--width-10" id="caseNumber" type="text" (input)="caseNumber.set(value($event))" />
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('orderSought')">
        <label class="label" for="orderSought">Order sought</label>
        @if (fieldError('orderSought'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="orderSought" rows="2" (input)="orderSought.set(value($event))"></textarea>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('hearingDates')">
        <label class="label" for="hearingDates">First hearing date (optional)</label>
        @if (fieldError('hearingDates'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input input--width-10" id="hearingDates" type="date" (input)="hearing.set(value($event))" />
      </div>
      <button class="button" type="submit" [disabled]="saving()">Apply to court</button>
    </form>
  `,
})
export class CourtApplicationFormComponent extends ConcernFormBase {
  protected readonly court = this.field('');
  protected readonly caseNumber = this.field('');
  protected readonly orderSought = this.field('');
  protected readonly hearing = this.field('');

  protected save(event: SubmitEvent): Promise<void> {
    const problems = [
      required(this.court(), 'court', 'Enter the court'),
      required(this.caseNumber(), 'caseNumber', 'Enter the case number'),
      required(this.orderSought(), 'orderSought', 'Enter the order sought'),
    ];
    const input = {
      concernId: this.concern().id,
      court: this.court(),
      caseNumber: this.caseNumber(),
      orderSought: this.orderSought(),
      hearingDates: this.hearing() ? [this.hearing()] : [],
    };
    return this.run(event, problems, 'court', async () => (await this.graphql.request(ApplyToCourtDocument, { input })).applyToCourt);
  }
}
