import { ChangeDetectionStrategy, Component, type ElementRef, afterRenderEffect, effect, inject, input, signal, viewChild } from '@angular/core';
import { spokenLength, spokenTime } from '@heard/domain';
import { MeetingLogisticsDocument, type MeetingLogisticsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { ukDateOfInstant } from '../../shared/ui/uk-date.pipe';
import { ChildPreferenceFormComponent } from './child-preference-form.component';
import { MeetingInvitationsComponent } from './invitations.component';
import { MeetingPapersComponent } from './papers.component';
import { TimeAndPlaceFormComponent } from './time-and-place-form.component';

/**
 * The meeting's time and place, invitations and papers, on the meeting page. The server decides who may change what
 * (`canArrange`, `canRecordPreference`); this shows the forms it will accept and confirms each change.
 */
@Component({
  selector: 'app-meeting-logistics',
  imports: [ChildPreferenceFormComponent, MeetingInvitationsComponent, MeetingPapersComponent, TimeAndPlaceFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="time-and-place-heading">
      <h2 class="heading-m" id="time-and-place-heading">Time and place</h2>
      @if (notice(); as text) {
        <div #banner class="notification-banner notification-banner--success" role="status" tabindex="-1">
          <p class="notification-banner__title">Success</p>
          <p class="body">{{ text }}</p>
        </div>
      }
      @if (error(); as message) {
        <p class="body">The time and place could not be loaded: {{ message }}</p>
      } @else if (logistics(); as l) {
        <dl class="summary-list" aria-label="Time and place">
          <div class="summary-list__row"
            ><dt>Time</dt><dd>{{ l.startTime ? when(l.startTime, l.lengthMinutes ?? 0) : 'Not set yet' }}</dd></div
          >
          <div class="summary-list__row"
            ><dt>Venue</dt><dd>{{ l.venueLabel ? l.venueLabel + ': ' + l.venueDetails : 'Not set yet' }}</dd></div
          >
          <div class="summary-list__row"
            ><dt>The child would like</dt
            ><dd>
              @if (l.childPreference; as p) {
                {{ p.venueLabel }}: {{ p.details }} <span class="hint">(recorded by their advocate on {{ recordedOn(p.recordedAt) }})</span>
              } @else {
                Not recorded yet
              }
            </dd></div
          >
          @if (l.noticeWorkingDays !== null && l.noticeWorkingDays !== undefined) {
            <div class="summary-list__row"
              ><dt>Notice given</dt><dd>{{ l.noticeWorkingDays === 1 ? '1 working day' : l.noticeWorkingDays + ' working days' }} ({{ l.noticeLabel }})</dd></div
            >
          }
        </dl>
        @if (l.canArrange) {
          <app-time-and-place-form [logistics]="l" (updated)="saved($event)" />
        }
        @if (l.canRecordPreference) {
          <app-child-preference-form [logistics]="l" (updated)="saved($event)" />
        }
        <app-meeting-invitations [logistics]="l" (updated)="saved($event)" />
        <app-meeting-papers [logistics]="l" (updated)="saved($event)" />
      } @else {
        <p class="body" role="status" aria-live="polite">Loading the time and place…</p>
      }
    </section>
  `,
})
export class MeetingLogisticsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  protected readonly logistics = signal<MeetingLogisticsFieldsFragment | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  private readonly banner = viewChild<ElementRef<HTMLElement>>('banner');

  constructor() {
    effect(() => void this.load(this.meetingId()));
    afterRenderEffect(() => {
      if (this.notice() !== null) this.banner()?.nativeElement.focus();
    });
  }

  protected when(startTime: string, lengthMinutes: number): string {
    return `${spokenTime(startTime)}, for ${spokenLength(lengthMinutes)} (UK time)`;
  }

  protected recordedOn(at: string): string {
    return ukDateOfInstant(at);
  }

  protected saved(change: { logistics: MeetingLogisticsFieldsFragment; notice: string }): void {
    this.logistics.set(change.logistics);
    this.notice.set(change.notice);
  }

  private async load(meetingId: string): Promise<void> {
    try {
      this.logistics.set((await this.graphql.request(MeetingLogisticsDocument, { meetingId })).meetingLogistics);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}
