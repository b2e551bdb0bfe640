import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { DateFieldComponent } from './date-field.component';
import { ErrorSummaryComponent } from './error-summary.component';
import { FormBase } from './form-base';
import { type DatePeriod, type PeriodCheck, periodProblems } from './period';

export type { DatePeriod, PeriodCheck };

/**
 * The days a page covers: From and To as GOV.UK date inputs (both included), checked before the page asks for them
 * again, with an error summary. Folded away under "Change the dates shown" unless `open`.
 */
@Component({
  selector: 'app-period-form',
  imports: [DateFieldComponent, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="details" [open]="open()">
      <summary class="details__summary"><span class="details__summary-text">Change the dates shown</span></summary>
      <div class="details__text">
        @if (errors().length > 0) {
          <app-error-summary [errors]="errors()" />
        }
        <form novalidate (submit)="show($event)">
          <div class="form-group" appDateField fieldId="fromOn" label="From" [error]="fieldError('fromOn')" [(value)]="fromOn"></div>
          <div class="form-group" appDateField fieldId="toOn" label="To" [hint]="toHint()" [error]="fieldError('toOn')" [(value)]="toOn"></div>
          <button class="button button--secondary" type="submit">Show these dates</button>
        </form>
      </div>
    </details>
  `,
})
export class PeriodFormComponent extends FormBase {
  readonly period = input.required<DatePeriod>();
  readonly check = input<PeriodCheck | null>(null);
  readonly open = input(false);
  readonly toHint = input('Up to today.');
  readonly chosen = output<DatePeriod>();
  protected readonly fromOn = signal('');
  protected readonly toOn = signal('');

  constructor() {
    super();
    effect(() => {
      this.fromOn.set(this.period().fromOn);
      this.toOn.set(this.period().toOn);
    });
  }

  protected show(event: SubmitEvent): void {
    event.preventDefault();
    const period = { fromOn: this.fromOn(), toOn: this.toOn() };
    const problems = periodProblems(period, this.check());
    this.errors.set(problems);
    if (problems.length === 0) this.chosen.emit(period);
  }
}
