import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { LiftLegalHoldDocument, PlaceLegalHoldDocument, RecordChildDeathDocument, type RecordRetentionFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

export interface RetentionChange {
  retention: RecordRetentionFieldsFragment;
  message: string;
}

/**
 * What changes how long a child's record is kept, for a manager of the child's LA: their date of death (checked
 * once more before it is saved, as it is sensitive) and a legal hold. Shows exactly what the server will accept.
 */
@Component({
  selector: 'app-record-retention',
  imports: [DateFieldComponent, ErrorSummaryComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (commands().length > 0) {
      <h2 class="heading-m">How long {{ childName() }}'s record is kept</h2>
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      @if (commands().includes('RECORD_DEATH')) {
        @if (confirming()) {
          <div class="inset-text" role="region" aria-labelledby="death-check-title">
            <h3 class="heading-s" id="death-check-title">Check before you record this</h3>
            <p class="body">You are recording that {{ childName() }} died on {{ dateOfDeath() | ukDate }}. Heard will work out again how long their record is kept from this date.</p>
            <div class="button-group">
              <button class="button button--warning" type="button" [disabled]="saving()" (click)="recordDeath()">Record the date of death</button>
              <button class="button button--secondary" type="button" (click)="confirming.set(false)">Change the date</button>
            </div>
          </div>
        } @else {
          <form novalidate (submit)="checkDeath($event)">
            <div
              class="form-group"
              appDateField
              fieldId="dateOfDeath"
              [label]="retention().dateOfDeath === null ? 'Date of death, where it applies' : 'Correct the date of death'"
              hint="Only if the child has died."
              [error]="fieldError('dateOfDeath')"
              [(value)]="dateOfDeath"
            ></div>
            <button class="button button--secondary" type="submit">Continue</button>
          </form>
        }
      }
      @if (commands().includes('PLACE_LEGAL_HOLD') || commands().includes('LIFT_LEGAL_HOLD')) {
        <form novalidate (submit)="changeHold($event)">
          <div
            class="form-group"
            appTextareaField
            fieldId="holdReason"
            [label]="held() ? 'Why the legal hold can be lifted' : 'Why the record must be kept (legal hold)'"
            hint="For example, the proceedings or the request the record is needed for."
            [rows]="3"
            [error]="fieldError('holdReason')"
            [(value)]="reason"
          ></div>
          <button class="button button--secondary" type="submit" [disabled]="saving()">{{ held() ? 'Lift the legal hold' : 'Place a legal hold' }}</button>
        </form>
      }
    }
  `,
})
export class RecordRetentionComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly childName = input.required<string>();
  readonly retention = input.required<RecordRetentionFieldsFragment>();
  readonly changed = output<RetentionChange>();

  protected readonly commands = computed(() => this.retention().allowedCommands);
  protected readonly held = computed(() => this.retention().legalHold !== null);
  protected readonly dateOfDeath = signal('');
  protected readonly reason = signal('');
  protected readonly confirming = signal(false);

  protected checkDeath(event: SubmitEvent): void {
    event.preventDefault();
    const problem = this.dateOfDeath() === '' ? 'Enter the date of death' : dateProblem('Date of death', this.dateOfDeath());
    this.errors.set(problem === null ? [] : [{ fieldId: 'dateOfDeath', message: problem }]);
    this.confirming.set(problem === null);
  }

  protected async recordDeath(): Promise<void> {
    const input = { childId: this.childId(), dateOfDeath: this.dateOfDeath() };
    const done = await submitForm(this.errors, this.saving, 'dateOfDeath', async () => {
      const retention = (await this.graphql.request(RecordChildDeathDocument, { input })).recordChildDeath;
      this.changed.emit({ retention, message: 'Date of death recorded. The date the record is kept until has been worked out again.' });
    });
    this.confirming.set(false);
    if (done) this.dateOfDeath.set('');
  }

  protected async changeHold(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    if (reason === '') {
      this.errors.set([{ fieldId: 'holdReason', message: this.held() ? 'Enter why the legal hold can be lifted' : 'Enter why the record must be kept' }]);
      return;
    }
    const input = { childId: this.childId(), reason };
    const lifting = this.held();
    const done = await submitForm(
      this.errors,
      this.saving,
      'holdReason',
      async () => {
        const retention = lifting
          ? (await this.graphql.request(LiftLegalHoldDocument, { input })).liftLegalHold
          : (await this.graphql.request(PlaceLegalHoldDocument, { input })).placeLegalHold;
        this.changed.emit({ retention, message: lifting ? 'Legal hold lifted.' : 'Legal hold placed. The record will be kept until the hold is lifted.' });
      },
      { reason: 'holdReason' },
    );
    if (done) this.reason.set('');
  }
}
