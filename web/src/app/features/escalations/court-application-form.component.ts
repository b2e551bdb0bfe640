import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ApplyToCourtDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ConcernFormBase, required, type Problem } from './concern-form.base';
import { appliedToCourtNotice } from './concern-notices';

type CourtField = 'court' | 'caseNumber' | 'orderSought' | 'hearingDates';

const HEARING_LABEL = 'First hearing date (optional)';

/** Commissioner staff apply to court (court, case number, order sought, the first hearing date) after checking their answers. */
@Component({
  selector: 'app-court-application-form',
  imports: [ErrorSummaryComponent, DateFieldComponent, InputFieldComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    @if (step() === 'check') {
      <h2 class="heading-m">Check your answers before applying to court</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>Court</dt><dd>{{ court() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('court')">Change<span class="visually-hidden"> the court</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Case number</dt><dd>{{ caseNumber() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('caseNumber')">Change<span class="visually-hidden"> the case number</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Order sought</dt><dd>{{ orderSought() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('orderSought')">Change<span class="visually-hidden"> the order sought</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>First hearing date</dt><dd>{{ hearing() === '' ? 'Not listed yet' : (hearing() | ukDate) }}</dd>
          <dd><button class="link-button" type="button" (click)="change('hearingDates')">Change<span class="visually-hidden"> the first hearing date</span></button></dd>
        </div>
      </dl>
      <p class="body"><strong>The concern moves to the court stage. The child's advocate and the local authority are told. It cannot be undone.</strong></p>
      <form novalidate (submit)="save($event)">
        <button class="button button--warning" type="submit" [disabled]="saving()">Apply to court</button>
      </form>
    } @else {
      <form novalidate (submit)="check($event)">
        <h2 class="heading-m">Apply to court</h2>
        <div class="form-group" appInputField fieldId="court" label="Court" [error]="fieldError('court')" [(value)]="court"></div>
        <div class="form-group" appInputField fieldId="caseNumber" label="Case number" [error]="fieldError('caseNumber')" [(value)]="caseNumber"></div>
        <div class="form-group" appTextareaField fieldId="orderSought" label="Order sought" [error]="fieldError('orderSought')" [(value)]="orderSought"></div>
        <div class="form-group" appDateField fieldId="hearingDates" [label]="hearingLabel" [error]="fieldError('hearingDates')" [(value)]="hearing"></div>
        <button class="button" type="submit">Continue</button>
      </form>
    }
  `,
})
export class CourtApplicationFormComponent extends ConcernFormBase {
  protected readonly hearingLabel = HEARING_LABEL;
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly court = this.field('');
  protected readonly caseNumber = this.field('');
  protected readonly orderSought = this.field('');
  protected readonly hearing = this.field('');

  protected check(event: SubmitEvent): void {
    event.preventDefault();
    if (this.checkProblems(this.problems())) this.step.set('check');
  }

  /** Back to the answers, focused on the one to change. */
  protected change(field: CourtField): void {
    this.errors.set([]);
    this.step.set('enter');
    setTimeout(() => document.getElementById(field)?.focus());
  }

  protected async save(event: SubmitEvent): Promise<void> {
    const court = this.court().trim();
    const caseNumber = this.caseNumber().trim();
    const input = {
      concernId: this.concern().id,
      court,
      caseNumber,
      orderSought: this.orderSought(),
      hearingDates: this.hearing() ? [this.hearing()] : [],
    };
    await this.run(
      event,
      this.problems(),
      'court',
      async () => (await this.graphql.request(ApplyToCourtDocument, { input })).applyToCourt,
      () => appliedToCourtNotice(court, caseNumber),
      (field) => (field.startsWith('hearingDates') ? 'hearingDates' : undefined),
    );
    // Saved, the form is gone (the concern is at court); refused, the answers show again with the message on its field.
    this.step.set('enter');
  }

  private problems(): Problem[] {
    const hearing = dateProblem('First hearing date', this.hearing());
    return [
      required(this.court(), 'court', 'Enter the court'),
      required(this.caseNumber(), 'caseNumber', 'Enter the case number'),
      required(this.orderSought(), 'orderSought', 'Enter the order sought'),
      hearing === null ? null : { fieldId: 'hearingDates', message: hearing },
    ];
  }
}
