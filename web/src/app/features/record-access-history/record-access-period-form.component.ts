import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';

export interface RecordAccessPeriod {
  fromOn: string;
  toOn: string;
}

/** The days "who has seen this record" covers: two dates (both included), checked before the list is asked for again. */
@Component({
  selector: 'app-record-access-period-form',
  imports: [DateFieldComponent, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="details">
      <summary class="details__summary"><span class="details__summary-text">Change the dates shown</span></summary>
      <div class="details__text">
        @if (errors().length > 0) {
          <app-error-summary [errors]="errors()" />
        }
        <form novalidate (submit)="show($event)">
          <div class="form-group" appDateField fieldId="fromOn" label="From" [error]="fieldError('fromOn')" [(value)]="fromOn"></div>
          <div class="form-group" appDateField fieldId="toOn" label="To" hint="Up to today." [error]="fieldError('toOn')" [(value)]="toOn"></div>
          <button class="button button--secondary" type="submit">Show these dates</button>
        </form>
      </div>
    </details>
  `,
})
export class RecordAccessPeriodFormComponent extends FormBase {
  readonly period = input.required<RecordAccessPeriod>();
  readonly chosen = output<RecordAccessPeriod>();
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
    const fromOn = this.fromOn();
    const toOn = this.toOn();
    const problems = [
      { fieldId: 'fromOn', message: fromOn === '' ? 'Enter the first day to show' : dateProblem('From', fromOn) },
      { fieldId: 'toOn', message: toOn === '' ? 'Enter the last day to show' : dateProblem('To', toOn) },
    ].filter((p): p is { fieldId: string; message: string } => p.message !== null);
    if (problems.length === 0 && fromOn > toOn) problems.push({ fieldId: 'fromOn', message: 'From must be the same as or before To' });
    this.errors.set(problems);
    if (problems.length === 0) this.chosen.emit({ fromOn, toOn });
  }
}
