import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  RecordPlacementChangeAsSignificantDocument,
  RecordSignificantChangeDocument,
  type SignificantChangeKind,
  SignificantChangesSinceLastMeetingDocument,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { PLACEMENT_OPTIONS } from '../children/care-events';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import type { FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { todayIso, UkDatePipe } from '../../shared/ui/uk-date.pipe';

const KINDS: readonly SelectOption[] = [
  { value: 'PLACEMENT', label: 'Change of placement' },
  { value: 'LEGAL_STATUS', label: 'Change of legal status' },
  { value: 'CARE_PLAN', label: 'Change to the care plan' },
];

/** The API's input names → this form's ids. */
const FIELD_IDS: FieldIds = {
  kind: 'changeKind',
  placementType: 'changePlacementType',
  occurredOn: 'changeOccurredOn',
  changedOn: 'changeOccurredOn',
  whatChanged: 'changeWhatChanged',
};

/**
 * "Since the last meeting": the significant changes recorded for the child since their last held meeting. A manager
 * of the child's LA records one here; the child's advocate is told at once, and a change of placement offers
 * advocacy again to a child who opted out.
 */
@Component({
  selector: 'app-significant-changes',
  imports: [DateFieldComponent, ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Since the last meeting</h2>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    @if (state.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the changes…</p>
    } @else if (state.error(); as message) {
      <p class="body" role="alert">{{ message }}</p>
    } @else if (state.data(); as since) {
      <p class="body">
        {{ since.lastMeetingOn ? 'Significant changes since the meeting on ' + (since.lastMeetingOn | ukDate) + '.' : 'No meeting has been held yet: every significant change is listed.' }}
      </p>
      @if (since.changes.length === 0) {
        <p class="body">No significant change has been recorded.</p>
      } @else {
        <table class="table table--stack">
          <caption class="visually-hidden">Significant changes since the last meeting</caption>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Change</th><th scope="col">What changed</th><th scope="col">Recorded by</th></tr>
          </thead>
          <tbody>
            @for (c of since.changes; track c.id) {
              <tr>
                <td data-label="Date">{{ c.occurredOn | ukDate }}</td>
                <td data-label="Change">{{ c.kindLabel }}{{ c.offeredAgain ? ' (advocacy offered again)' : '' }}</td>
                <td data-label="What changed">{{ c.whatChanged }}</td>
                <td data-label="Recorded by">{{ c.recordedByName }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
    @if (isManager()) {
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      <form novalidate (submit)="save($event)">
        <h3 class="heading-s">Record a significant change</h3>
        <p class="body hint">The child's advocate is told at once.</p>
        <div class="form-group" appSelectField fieldId="changeKind" label="What changed" placeholder="Select the kind of change" [options]="kinds" [error]="fieldError('changeKind')" [(value)]="kind"></div>
        @if (kind() === 'PLACEMENT') {
          <div class="form-group" appSelectField fieldId="changePlacementType" label="New placement type" placeholder="Select the placement type" [options]="placements" [error]="fieldError('changePlacementType')" [(value)]="placementType"></div>
        }
        <div class="form-group" appDateField fieldId="changeOccurredOn" label="Date of the change" [error]="fieldError('changeOccurredOn')" [(value)]="occurredOn"></div>
        <div class="form-group" appTextareaField fieldId="changeWhatChanged" label="What changed, in plain words" [rows]="3" [error]="fieldError('changeWhatChanged')" [(value)]="whatChanged"></div>
        <button class="button" type="submit" [disabled]="saving()">Record the change</button>
      </form>
    }
  `,
})
export class SignificantChangesComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly isManager = input(false);
  protected readonly kinds = KINDS;
  protected readonly placements = PLACEMENT_OPTIONS;
  protected readonly kind = signal('');
  protected readonly placementType = signal('');
  protected readonly occurredOn = signal(todayIso());
  protected readonly whatChanged = signal('');
  protected readonly notice = signal<string | null>(null);
  protected readonly state = loadState(
    async () => (await this.graphql.request(SignificantChangesSinceLastMeetingDocument, { childId: this.childId() })).significantChangesSinceLastMeeting,
  );

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.kind() === '') problems.push({ fieldId: 'changeKind', message: 'Select what changed' });
    if (this.kind() === 'PLACEMENT' && this.placementType() === '') problems.push({ fieldId: 'changePlacementType', message: 'Select the new placement type' });
    const dateError = this.occurredOn() === '' ? 'Enter the date of the change' : dateProblem('Date of the change', this.occurredOn());
    if (dateError !== null) problems.push({ fieldId: 'changeOccurredOn', message: dateError });
    if (this.whatChanged().trim() === '') problems.push({ fieldId: 'changeWhatChanged', message: 'Enter what changed' });
    this.errors.set(problems);
    if (problems.length > 0) return;
    let offeredAgain = false;
    const saved = await submitForm(
      this.errors,
      this.saving,
      'changeKind',
      async () => {
        const childId = this.childId();
        if (this.kind() === 'PLACEMENT') {
          const input = { childId, changedOn: this.occurredOn(), placementType: this.placementType(), whatChanged: this.whatChanged().trim() };
          offeredAgain = (await this.graphql.request(RecordPlacementChangeAsSignificantDocument, { input })).recordPlacementChange.offeredAgain;
        } else {
          const input = { childId, kind: this.kind() as SignificantChangeKind, occurredOn: this.occurredOn(), whatChanged: this.whatChanged().trim() };
          offeredAgain = (await this.graphql.request(RecordSignificantChangeDocument, { input })).recordSignificantChange.offeredAgain;
        }
      },
      FIELD_IDS,
    );
    if (!saved) return;
    this.notice.set(`The change is recorded and the child's advocate has been told.${offeredAgain ? ' The child has been offered advocacy again.' : ''}`);
    this.kind.set('');
    this.placementType.set('');
    this.whatChanged.set('');
    await this.state.reload();
  }
}
