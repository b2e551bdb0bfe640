import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MeetingsForChildDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

const STATUS_LABELS: Readonly<Record<string, string>> = { SCHEDULED: 'Scheduled', HELD: 'Held', COMPLETED: 'Completed', CANCELLED: 'Cancelled' };
const ACTION_LABELS: Readonly<Record<string, string>> = { OPEN: 'Open', DONE: 'Done', NOT_DONE: 'Not done' };

/** The child's timeline of meetings, with the decisions made and actions agreed at each, and when the next is due. */
@Component({
  selector: 'app-child-meetings',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Care-planning meetings</h2>
    @if (data.error(); as problem) {
      <p class="body" role="alert">Meetings could not be loaded: {{ problem }}</p>
    }
    @if (data.data(); as d) {
      @if (d.nextMeetingDue; as due) {
        <p class="body">Next meeting due by {{ due.dueOn | ukDate }}@if (due.lastWorkingDayBefore) { (not a working day; last working day before it: {{ due.lastWorkingDayBefore | ukDate }})}@if (due.workingDaysOverdue > 0) { <strong class="tag tag--red">{{ due.workingDaysOverdue }} working days overdue</strong> }</p>
        <p class="body hint">{{ due.explanation }}</p>
      }
      <ol class="timeline" aria-label="Meeting timeline, newest first">
        @for (m of d.meetingsForChild; track m.id) {
          <li class="timeline__item">
            <h3 class="heading-s"><a class="link" [routerLink]="[base(), 'meetings', m.id]">Meeting {{ m.heldOn ? 'held' : 'scheduled' }} on {{ (m.heldOn ?? m.scheduledOn) | ukDate }}</a></h3>
            <p class="body hint">{{ statusLabel(m.status) }}@if (m.participationCode) { · participation {{ m.participationCode }} }</p>
            @if (m.decisions.length > 0) {
              <h4 class="heading-s">Decisions</h4>
              <ul class="list">
                @for (decision of m.decisions; track decision.id) {
                  <li>{{ decision.text }}@if (decision.significant) { <strong class="tag">Significant</strong> }</li>
                }
              </ul>
            }
            @if (m.actions.length > 0) {
              <h4 class="heading-s">Actions agreed</h4>
              <ul class="list">
                @for (action of m.actions; track action.id) {
                  <li>
                    {{ action.what }} ({{ action.owner }}, due {{ action.dueOn | ukDate }}) —
                    {{ actionLabel(action.status) }}@if (action.drift) { <strong class="tag tag--red">Drift</strong> }
                    @if (action.workingDaysOverdue > 0) { <span>{{ action.workingDaysOverdue }} working days overdue</span> }
                  </li>
                }
              </ul>
            }
          </li>
        } @empty {
          <li>No meetings yet.</li>
        }
      </ol>
    }
  `,
})
export class ChildMeetingsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly base = input.required<string>();
  protected readonly data = loadState(() => this.graphql.request(MeetingsForChildDocument, { childId: this.childId() }));

  protected statusLabel(status: string): string {
    return STATUS_LABELS[status] ?? status;
  }

  protected actionLabel(status: string): string {
    return ACTION_LABELS[status] ?? status;
  }
}
