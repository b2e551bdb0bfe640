import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MeetingsForChildDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** The child's meetings and when the next one is due, with the reason. */
@Component({
  selector: 'app-child-meetings',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Care-planning meetings</h2>
    @if (data.data(); as d) {
      @if (d.nextMeetingDue; as due) {
        <p class="body">Next meeting due by {{ due.dueOn | ukDate }}@if (due.workingDaysOverdue > 0) { <strong class="tag tag--red">{{ due.workingDaysOverdue }} working days overdue</strong> }</p>
        <p class="body hint">{{ due.explanation }}</p>
      }
      <ul class="list">
        @for (m of d.meetingsForChild; track m.id) {
          <li><a class="link" [routerLink]="[base(), 'meetings', m.id]">Meeting on {{ m.scheduledOn | ukDate }}</a> ({{ m.status === 'SCHEDULED' ? 'scheduled' : m.status === 'HELD' ? 'held' : 'completed' }})</li>
        } @empty {
          <li>No meetings yet.</li>
        }
      </ul>
    }
  `,
})
export class ChildMeetingsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly base = input.required<string>();
  protected readonly data = loadState(() => this.graphql.request(MeetingsForChildDocument, { childId: this.childId() }));
}
