import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { CompleteMeetingDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { MeetingFormBase } from './meeting-form.base';

@Component({
  selector: 'app-complete-meeting-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Complete the meeting</h2>
      <div class="form-group"><label class="label" for="minutes">Minutes</label>
        <textarea class="textarea" id="minutes" rows="5" (input)="minutes.set(value($event))"></textarea></div>
      <div class="form-group"><label class="label" for="summaryForChild">A short summary written for the child</label>
        <textarea class="textarea" id="summaryForChild" rows="3" (input)="summary.set(value($event))"></textarea></div>
      <button class="button" type="submit" [disabled]="saving()">Complete meeting</button>
    </form>
  `,
})
export class CompleteMeetingFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly minutes = signal('');
  protected readonly summary = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = [
      ...(this.minutes().trim() === '' ? [{ fieldId: 'minutes', message: 'Enter the minutes' }] : []),
      ...(this.summary().trim() === '' ? [{ fieldId: 'summaryForChild', message: 'Enter a summary for the child' }] : []),
    ];
    const input = { meetingId: this.meetingId(), minutes: this.minutes(), summaryForChild: this.summary() };
    await this.run(problems, 'minutes', async () => (await this.graphql.request(CompleteMeetingDocument, { input })).completeMeeting);
  }
}
