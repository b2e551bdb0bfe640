import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { MeetingPartsDocument, type MeetingFieldsFragment, type MeetingPartsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { MeetingPartFormComponent } from './meeting-part-form.component';
import { MissedDecisionBriefingFormComponent } from './missed-decision-briefing-form.component';

export const MEETING_PARTS_SECTION = 'meeting-parts';

/**
 * The meeting's parts, each with who attended, whether the child was there and who chaired it; then the significant
 * decisions made while the child was not there, and whether their advocate has told them. The server decides what
 * counts as missed (`significantDecisionsChildMissed`); this shows it. Reloaded whenever the meeting changes.
 */
@Component({
  selector: 'app-meeting-parts',
  imports: [UkDatePipe, MeetingPartFormComponent, MissedDecisionBriefingFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" [id]="section" tabindex="-1">Parts of the meeting</h2>
    @if (error(); as message) {
      <p class="body" role="alert">Parts of the meeting could not be loaded: {{ message }}</p>
    } @else if (data(); as p) {
      @if (told(); as text) {
        <div class="notification-banner notification-banner--success" role="status">
          <p class="notification-banner__title">Success</p>
          <p class="body">{{ text }}</p>
        </div>
      }
      @if (p.parts.length > 0) {
        <table class="table table--stack">
          <caption class="visually-hidden">Parts of the meeting, in order</caption>
          <thead>
            <tr><th scope="col">Part</th><th scope="col">Who attended</th><th scope="col">The child</th><th scope="col">Chair</th></tr>
          </thead>
          <tbody>
            @for (part of p.parts; track part.id) {
              <tr>
                <td data-label="Part">{{ part.position }}. {{ part.title }}</td>
                <td data-label="Who attended">{{ part.attendees.join(', ') }}</td>
                <td data-label="The child">
                  @if (part.childAttended) {
                    <strong class="tag tag--green">Was there</strong>
                  } @else {
                    <strong class="tag tag--grey">Not there</strong>
                  }
                </td>
                <td data-label="Chair">{{ part.chairedBy }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="body">This meeting is not recorded in parts: it was held in one piece.</p>
      }
      @if (p.canAddPart) {
        <app-meeting-part-form [meetingId]="p.meetingId" (updated)="changed($event)" />
      }

      @if (missed().length > 0) {
        <h3 class="heading-s" id="meeting-missed-decisions">Decisions made while the child was not there</h3>
        <ul class="list" aria-labelledby="meeting-missed-decisions">
          @for (d of missed(); track d.decisionId) {
            <li class="record">
              <p class="body">
                {{ d.text }} <strong class="tag tag--yellow">Made while the child was not there</strong>
                <span class="hint"> ({{ d.partTitle }})</span>
              </p>
              @if (d.childTold) {
                <p class="body">
                  <strong class="tag tag--green">The child has been told</strong> on {{ d.toldOn | ukDate }}{{ d.toldByName ? ' by ' + d.toldByName : '' }}
                </p>
                @if (d.childSaid; as said) {
                  <p class="body">What the child said:</p>
                  <blockquote class="quote">{{ said }}</blockquote>
                }
              } @else {
                <p class="body"><strong class="tag tag--red">The child has not been told yet</strong></p>
                @if (p.canRecordBriefing) {
                  <app-missed-decision-briefing-form [decisionId]="d.decisionId" [decisionText]="d.text" (updated)="briefed(d.text, $event)" />
                } @else {
                  <p class="hint">The child's advocate records telling the child and what they said.</p>
                }
              }
            </li>
          }
        </ul>
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading the parts of the meeting…</p>
    }
  `,
})
export class MeetingPartsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly meeting = input.required<MeetingFieldsFragment>();
  /** The parts as last loaded, for the decision form's part choice and the task list. */
  readonly loaded = output<MeetingPartsFieldsFragment>();
  protected readonly section = MEETING_PARTS_SECTION;
  protected readonly data = signal<MeetingPartsFieldsFragment | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly told = signal<string | null>(null);
  protected readonly missed = computed(() => this.data()?.decisions.filter((d) => d.childMissed) ?? []);

  constructor() {
    // A new meeting object (a decision recorded, the meeting held) may change what the child missed: read again.
    effect(() => void this.load(this.meeting().id, this.meeting().decisions.length));
  }

  protected changed(parts: MeetingPartsFieldsFragment): void {
    this.told.set(null);
    this.data.set(parts);
    this.loaded.emit(parts);
  }

  protected briefed(text: string, parts: MeetingPartsFieldsFragment): void {
    this.changed(parts);
    this.told.set(`Recorded that the child was told about "${text}" and what they said.`);
  }

  private async load(meetingId: string, _decisions: number): Promise<void> {
    try {
      const parts = (await this.graphql.request(MeetingPartsDocument, { meetingId })).meetingParts;
      this.data.set(parts);
      this.loaded.emit(parts);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}
