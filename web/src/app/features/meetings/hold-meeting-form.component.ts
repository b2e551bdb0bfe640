import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { PARTICIPATION_CODES, participationLabel, type ParticipationCode } from '@heard/domain';
import { HoldMeetingDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { todayIso } from '../../shared/ui/uk-date.pipe';
import { MeetingFormBase } from './meeting-form.base';

const CODES: ReadonlyArray<[ParticipationCode, string]> = PARTICIPATION_CODES.map((code) => [code, participationLabel(code)]);

@Component({
  selector: 'app-hold-meeting-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Record the meeting as held</h2>
      <div class="form-group"><label class="label" for="heldOn">Date held</label>
        <input class="input input--width-10" id="heldOn" type="date" [value]="heldOn()" (input)="heldOn.set(value($event))" /></div>
      <div class="form-group"><label class="label" for="attendees">Who attended, one per line</label>
        <textarea class="textarea" id="attendees" rows="3" (input)="attendees.set(value($event))"></textarea></div>
      <div class="form-group"><label class="label" for="participationCode">How the child took part</label>
        <select class="select" id="participationCode" (change)="code.set(value($event))">
          <option value="">Select a participation code</option>
          @for (c of codes; track c[0]) { <option [value]="c[0]">{{ c[1] }}</option> }
        </select></div>
      <button class="button" type="submit" [disabled]="saving()">Record as held</button>
    </form>
  `,
})
export class HoldMeetingFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly codes = CODES;
  protected readonly heldOn = signal(todayIso());
  protected readonly attendees = signal('');
  protected readonly code = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = [
      ...(this.attendees().trim() === '' ? [{ fieldId: 'attendees', message: 'Enter who attended' }] : []),
      ...(this.code() === '' ? [{ fieldId: 'participationCode', message: 'Select how the child took part' }] : []),
    ];
    const input = { meetingId: this.meetingId(), heldOn: this.heldOn(), attendees: this.attendees().split('\n'), participationCode: this.code() };
    await this.run(problems, 'participationCode', async () => (await this.graphql.request(HoldMeetingDocument, { input })).holdMeeting);
  }
}
