import { ChangeDetectionStrategy, Component, effect, signal } from '@angular/core';
import { meetingTimeProblem, type MeetingVenueKind, spokenLength, spokenTime } from '@heard/domain';
import { SetMeetingTimeAndPlaceDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { InputFieldComponent, SelectFieldComponent } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { LogisticsFormBase, VENUE_OPTIONS } from './logistics-form.base';

/** A manager of the child's LA sets when the meeting starts, how long it lasts and where it is held. */
@Component({
  selector: 'app-time-and-place-form',
  imports: [ErrorSummaryComponent, InputFieldComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Set the time and place</h3>
      <div class="form-group" appInputField fieldId="startTime" label="Start time" hint="24-hour UK time, for example 14:30" [error]="fieldError('startTime')" [(value)]="startTime"></div>
      <div class="form-group" appInputField fieldId="lengthMinutes" label="Length in minutes" hint="For example 60" [error]="fieldError('lengthMinutes')" [(value)]="lengthMinutes"></div>
      <div
        class="form-group"
        appSelectField
        fieldId="venueKind"
        label="Venue"
        placeholder="Select where the meeting is held"
        [options]="venues"
        [error]="fieldError('venueKind')"
        [(value)]="venueKind"
      ></div>
      <div class="form-group" appTextareaField fieldId="venueDetails" label="Venue details" hint="The address, room or video link" [rows]="2" [error]="fieldError('venueDetails')" [(value)]="venueDetails"></div>
      <button class="button" type="submit" [disabled]="saving()">Save time and place</button>
    </form>
  `,
})
export class TimeAndPlaceFormComponent extends LogisticsFormBase {
  protected readonly venues = VENUE_OPTIONS;
  protected readonly startTime = signal('');
  protected readonly lengthMinutes = signal('');
  protected readonly venueKind = signal('');
  protected readonly venueDetails = signal('');

  constructor() {
    super();
    // Start from what is saved, so a change is an edit of it.
    effect(() => {
      const l = this.logistics();
      this.startTime.set(l.startTime ?? '');
      this.lengthMinutes.set(l.lengthMinutes === null || l.lengthMinutes === undefined ? '' : String(l.lengthMinutes));
      this.venueKind.set(l.venueKind ?? '');
      this.venueDetails.set(l.venueDetails ?? '');
    });
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const length = /^\d+$/.test(this.lengthMinutes().trim()) ? Number(this.lengthMinutes().trim()) : Number.NaN;
    const time = meetingTimeProblem(this.startTime().trim(), length);
    const problems: SummaryError[] = [
      ...(time === null ? [] : [{ fieldId: time.field, message: time.message }]),
      ...(this.venueKind() === '' ? [{ fieldId: 'venueKind', message: 'Select where the meeting is held' }] : []),
      ...(this.venueDetails().trim() === '' ? [{ fieldId: 'venueDetails', message: 'Enter the venue details: the address, room or video link' }] : []),
    ];
    const input = {
      meetingId: this.logistics().meetingId,
      startTime: this.startTime().trim(),
      lengthMinutes: length,
      venueKind: this.venueKind() as MeetingVenueKind,
      venueDetails: this.venueDetails().trim(),
    };
    const sequenceBefore = this.logistics().sequence;
    await this.run(
      problems,
      'startTime',
      async () => (await this.graphql.request(SetMeetingTimeAndPlaceDocument, { input })).setMeetingTimeAndPlace,
      (saved) =>
        `The meeting starts at ${spokenTime(input.startTime)} and lasts ${spokenLength(input.lengthMinutes)}, at ${saved.venueLabel ?? ''}: ${input.venueDetails}.` +
        (saved.sequence > sequenceBefore ? ' Send the invitations again so everyone has the change.' : ''),
    );
  }
}
