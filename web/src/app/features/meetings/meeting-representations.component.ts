import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { MeetingFieldsFragment } from '@heard/graphql-types';
import { AdvocateInputFormComponent } from './advocate-input-form.component';
import { MEETING_SECTIONS } from './meeting-tasks';
import { SelfRepresentationFormComponent } from './self-representation-form.component';

/**
 * The advocate's representations for the meeting: their input on proposed decisions and the child's
 * choice to represent themselves. Both sides see them; only the child's advocate records them, on
 * this page, while the meeting is scheduled or held.
 */
@Component({
  selector: 'app-meeting-representations',
  imports: [DatePipe, AdvocateInputFormComponent, SelfRepresentationFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" [id]="section" tabindex="-1">The advocate's input</h2>
    @for (i of meeting().advocateInputs; track i.id) {
      <div class="form-group">
        <h3 class="heading-s">{{ i.proposal }}</h3>
        <blockquote class="quote">{{ i.input }}</blockquote>
        <p class="body hint">{{ i.advocateName }}, {{ i.recordedAt | date: 'd MMMM y, HH:mm' }}@if (i.migratedFromChair) { <strong class="tag tag--grey">Typed by the chair before advocates recorded their own</strong> }</p>
      </div>
    } @empty {
      <p class="body">{{ isManager() ? 'The advocate has not recorded any input for this meeting yet.' : 'You have not recorded any input for this meeting yet.' }}</p>
    }
    @if (meeting().selfRepresentation; as self) {
      @if (isManager() || !open()) {
        <p class="body"><strong>{{ self.migratedFromChair ? 'Ticked by the chair (before advocates recorded it): the child represented themselves.' : 'The child has chosen to represent themselves at this meeting.' }}</strong></p>
        @if (self.childWords) { <blockquote class="quote">{{ self.childWords }}</blockquote> }
        <p class="body hint">Recorded by {{ self.recordedByName }}, {{ self.recordedAt | date: 'd MMMM y, HH:mm' }}</p>
      }
    }
    @if (meeting().childOptedOut) {
      <p class="body">The child has opted out of advocacy, so they represent themselves: a decision that changes their care plan records that.</p>
    }
    @if (open()) {
      <app-advocate-input-form [meetingId]="meeting().id" (updated)="updated.emit($event)" />
      <app-self-representation-form [meetingId]="meeting().id" [recorded]="meeting().selfRepresentation" (updated)="updated.emit($event)" />
    }
  `,
})
export class MeetingRepresentationsComponent {
  readonly meeting = input.required<MeetingFieldsFragment>();
  readonly isManager = input.required<boolean>();
  readonly updated = output<MeetingFieldsFragment>();
  protected readonly section = MEETING_SECTIONS.representations;
  /** The advocate records before or at the meeting: while it is scheduled or held. */
  /** The caller may record their input now (the domain's `allowedMeetingCommands`, carried by the meeting). */
  protected readonly open = computed(() => this.meeting().allowedCommands.includes('RECORD_ADVOCATE_INPUT'));
}
