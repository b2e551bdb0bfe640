import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { PARTICIPATION_CODES, participationLabel } from '@heard/domain';
import { HoldMeetingDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { todayIso, ukDate } from '../../shared/ui/uk-date.pipe';
import { MeetingFormBase } from './meeting-form.base';
import { MEETING_SECTIONS } from './meeting-tasks';

const CODES: readonly SelectOption[] = PARTICIPATION_CODES.map((code) => ({ value: code, label: participationLabel(code) }));

/** The chair records the meeting as held: when, who came and how the child took part. The page confirms it (`notice`). */
@Component({
  selector: 'app-hold-meeting-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m" [id]="section" tabindex="-1">Record the meeting as held</h2>
      <div class="form-group" appDateField fieldId="heldOn" label="Date held" [error]="fieldError('heldOn')" [(value)]="heldOn"></div>
      <div class="form-group" appTextareaField fieldId="attendees" label="Who attended, one per line" [rows]="3" [error]="fieldError('attendees')" [(value)]="attendees"></div>
      <div
        class="form-group"
        appSelectField
        fieldId="participationCode"
        label="How the child took part"
        placeholder="Select a participation code"
        [options]="codes"
        [error]="fieldError('participationCode')"
        [(value)]="code"
      ></div>
      <button class="button" type="submit" [disabled]="saving()">Record as held</button>
    </form>
  `,
})
export class HoldMeetingFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  /** What the page's success banner says once the meeting is recorded as held (this form is then gone). */
  readonly notice = output<string>();
  protected readonly section = MEETING_SECTIONS.hold;
  protected readonly codes = CODES;
  protected readonly heldOn = signal(todayIso());
  protected readonly attendees = signal('');
  protected readonly code = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const attendees = this.attendees()
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const dateError = this.heldOn() === '' ? 'Enter the date the meeting was held' : dateProblem('Date held', this.heldOn());
    const problems: SummaryError[] = [
      ...(dateError === null ? [] : [{ fieldId: 'heldOn', message: dateError }]),
      ...(attendees.length === 0 ? [{ fieldId: 'attendees', message: 'Enter who attended' }] : []),
      ...(this.code() === '' ? [{ fieldId: 'participationCode', message: 'Select how the child took part' }] : []),
    ];
    const heldOn = this.heldOn();
    const input = { meetingId: this.meetingId(), heldOn, attendees, participationCode: this.code() };
    if (await this.run(problems, 'participationCode', async () => (await this.graphql.request(HoldMeetingDocument, { input })).holdMeeting)) {
      const people = attendees.length === 1 ? '1 person' : `${attendees.length} people`;
      this.notice.emit(`The meeting is recorded as held on ${ukDate(heldOn)}, with ${people} attending. You can now record decisions and actions.`);
    }
  }
}
