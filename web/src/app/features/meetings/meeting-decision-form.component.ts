import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordMeetingDecisionDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { MeetingFormBase } from './meeting-form.base';

/** A decision; the server refuses a significant one without the advocate's input and says why. */
@Component({
  selector: 'app-meeting-decision-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Record a decision</h3>
      <div class="form-group"><label class="label" for="decisionText">Decision</label>
        <textarea class="textarea" id="decisionText" rows="2" [value]="text()" (input)="text.set(value($event))"></textarea></div>
      <div class="form-group checkbox"><input type="checkbox" id="significant" [checked]="significant()" (change)="significant.set(checked($event))" />
        <label class="label" for="significant">This changes the care plan (significant)</label></div>
      <div class="form-group"><label class="label" for="advocateInput">The advocate's input on this decision</label>
        <p class="body hint" id="advocateInput-hint">A significant decision needs the advocate's input, unless the child chose to represent themselves.</p>
        <textarea class="textarea" id="advocateInput" rows="2" aria-describedby="advocateInput-hint" [value]="advocateInput()" (input)="advocateInput.set(value($event))"></textarea></div>
      <button class="button" type="submit" [disabled]="saving()">Record decision</button>
    </form>
  `,
})
export class MeetingDecisionFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly text = signal('');
  protected readonly significant = signal(false);
  protected readonly advocateInput = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = this.text().trim() === '' ? [{ fieldId: 'decisionText', message: 'Enter the decision' }] : [];
    const input = { meetingId: this.meetingId(), text: this.text(), significant: this.significant(), advocateInput: this.advocateInput() || null };
    const ok = await this.run(problems, 'advocateInput', async () => (await this.graphql.request(RecordMeetingDecisionDocument, { input })).recordMeetingDecision);
    if (ok) {
      this.text.set('');
      this.advocateInput.set('');
      this.significant.set(false);
    }
  }
}
