import { ChangeDetectionStrategy, Component, effect, signal } from '@angular/core';
import type { MeetingVenueKind } from '@heard/domain';
import { RecordChildMeetingPreferenceDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { SelectFieldComponent } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { LogisticsFormBase, VENUE_OPTIONS } from './logistics-form.base';

/** The child's advocate records where and when the child would like their meeting. */
@Component({
  selector: 'app-child-preference-form',
  imports: [ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Where and when the child would like it</h3>
      <div
        class="form-group"
        appSelectField
        fieldId="preferredVenueKind"
        label="Preferred venue"
        placeholder="Select where the child would like it"
        [options]="venues"
        [error]="fieldError('preferredVenueKind')"
        [(value)]="venueKind"
      ></div>
      <div
        class="form-group"
        appTextareaField
        fieldId="preferredDetails"
        label="Preferred time and details"
        hint="What the child said, for example: after school, not on a Friday"
        [rows]="2"
        [error]="fieldError('preferredDetails')"
        [(value)]="details"
      ></div>
      <button class="button" type="submit" [disabled]="saving()">Save the child's preference</button>
    </form>
  `,
})
export class ChildPreferenceFormComponent extends LogisticsFormBase {
  protected readonly venues = VENUE_OPTIONS;
  protected readonly venueKind = signal('');
  protected readonly details = signal('');

  constructor() {
    super();
    effect(() => {
      const p = this.logistics().childPreference;
      this.venueKind.set(p?.venueKind ?? '');
      this.details.set(p?.details ?? '');
    });
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [
      ...(this.venueKind() === '' ? [{ fieldId: 'preferredVenueKind', message: 'Select where the child would like the meeting' }] : []),
      ...(this.details().trim() === '' ? [{ fieldId: 'preferredDetails', message: "Enter the child's preferred time and any details" }] : []),
    ];
    const input = { meetingId: this.logistics().meetingId, venueKind: this.venueKind() as MeetingVenueKind, details: this.details().trim() };
    await this.run(
      problems,
      'preferredDetails',
      async () => (await this.graphql.request(RecordChildMeetingPreferenceDocument, { input })).recordChildMeetingPreference,
      (saved) =>
        `The child's preference is recorded: ${saved.childPreference?.venueLabel ?? ''}, ${input.details}. The chair sees it when arranging the meeting.`,
      { venueKind: 'preferredVenueKind', details: 'preferredDetails' },
    );
  }
}
