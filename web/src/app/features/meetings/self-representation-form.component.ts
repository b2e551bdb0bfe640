import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordChildSelfRepresentationDocument, type MeetingFieldsFragment } from '@heard/graphql-types';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { MeetingFormBase } from './meeting-form.base';

/** The advocate records, in the child's words, that the child has chosen to represent themselves at this meeting. */
@Component({
  selector: 'app-self-representation-form',
  imports: [FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <h2 class="heading-m">The child has chosen to represent themselves at this meeting</h2>
    @if (recorded(); as self) {
      @if (self.migratedFromChair) {
        <p class="body">The chair ticked this before advocates recorded it themselves; it does not count for new decisions.</p>
      } @else {
        <p class="body">You recorded the child's words:</p>
        <blockquote class="quote">{{ self.childWords }}</blockquote>
      }
    } @else {
      <form novalidate (submit)="save($event)">
        <p class="body hint">
          Only record this if the child told you so. It can be recorded once for this meeting; the chair can then record decisions that change the care plan
          without your input on each.
        </p>
        <div
          class="form-group"
          appTextareaField
          fieldId="childWords"
          label="The child's words"
          hint="What the child said about speaking for themselves, in their own words."
          [error]="fieldError('childWords')"
          [(value)]="words"
        ></div>
        <button class="button button--secondary" type="submit" [disabled]="saving()">Record that the child represents themselves</button>
      </form>
    }
  `,
})
export class SelfRepresentationFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  /** What the advocate already recorded for this meeting (by anyone but the chair), if anything. */
  readonly recorded = input<MeetingFieldsFragment['selfRepresentation']>(null);
  protected readonly words = signal('');
  protected readonly confirmation = signal<string | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = this.words().trim() === '' ? [{ fieldId: 'childWords', message: "Enter the child's own words about representing themselves" }] : [];
    const input = { meetingId: this.meetingId(), childWords: this.words() };
    if (
      await this.run(
        problems,
        'childWords',
        async () => (await this.graphql.request(RecordChildSelfRepresentationDocument, { input })).recordChildSelfRepresentation,
      )
    ) {
      this.words.set('');
      this.confirmation.set('Recorded: the child has chosen to represent themselves at this meeting. The chair sees it with the child’s words.');
    }
  }
}
