import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordAdvocateInputDocument } from '@heard/graphql-types';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { MeetingFormBase } from './meeting-form.base';

/** The advocate's own input on a decision proposed for the meeting; the chair links a decision to it. */
@Component({
  selector: 'app-advocate-input-form',
  imports: [FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Your input on a proposed decision</h2>
      <p class="body hint">
        Record it before or at the meeting. The chair sees it with your name and links their decision to it: a decision that changes the child's care plan
        cannot be recorded without your input, unless you record that the child has chosen to represent themselves.
      </p>
      <div class="form-group" appTextareaField fieldId="proposal" label="The decision proposed" [error]="fieldError('proposal')" [(value)]="proposal"></div>
      <div
        class="form-group"
        appTextareaField
        [fieldId]="inputId"
        label="Your input on it"
        hint="What the child thinks of it, in their words where you can, and what you ask the meeting to weigh."
        [rows]="3"
        [error]="fieldError(inputId)"
        [(value)]="text"
      ></div>
      <button class="button" type="submit" [disabled]="saving()">Record your input</button>
    </form>
  `,
})
export class AdvocateInputFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  /** The textarea's id; the server calls the field `input`. */
  protected readonly inputId = 'advocateInputText';
  protected readonly proposal = signal('');
  protected readonly text = signal('');
  protected readonly confirmation = signal<string | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const problems = [
      ...(this.proposal().trim() === '' ? [{ fieldId: 'proposal', message: 'Enter the decision proposed' }] : []),
      ...(this.text().trim() === '' ? [{ fieldId: this.inputId, message: 'Enter your input on the proposed decision' }] : []),
    ];
    const proposal = this.proposal().trim();
    const input = { meetingId: this.meetingId(), proposal: this.proposal(), input: this.text() };
    const ok = await this.run(problems, this.inputId, async () => (await this.graphql.request(RecordAdvocateInputDocument, { input })).recordAdvocateInput);
    this.errors.update((errors) => errors.map((e) => (e.fieldId === 'input' ? { ...e, fieldId: this.inputId } : e)));
    if (ok) {
      this.proposal.set('');
      this.text.set('');
      this.confirmation.set(`Your input on "${proposal}" is recorded. The chair can now link a decision to it.`);
    }
  }
}
