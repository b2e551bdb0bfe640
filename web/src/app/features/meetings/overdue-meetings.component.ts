import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OverdueMeetingsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** Children whose statutory care-planning meeting is overdue, most overdue first. */
@Component({
  selector: 'app-overdue-meetings',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Overdue meetings</h2>
    @if (overdue.error()) {
      <p class="body" role="alert">Overdue meetings could not be loaded: {{ overdue.error() }}</p>
    } @else if ((overdue.data() ?? []).length === 0) {
      <p class="body">No child's care-planning meeting is overdue.</p>
    } @else {
      <table class="table table--stack">
        <caption class="table__caption visually-hidden">Children whose care-planning meeting is overdue</caption>
        <thead><tr><th scope="col">Child</th><th scope="col">Due</th><th scope="col">Overdue by</th><th scope="col">Why it was due</th></tr></thead>
        <tbody>
          @for (m of overdue.data(); track m.childId) {
            <tr>
              <td data-label="Child"><a class="link" [routerLink]="['children', m.childId]">{{ m.childName }}</a></td>
              <td data-label="Due">{{ m.dueOn | ukDate }}@if (m.lastWorkingDayBefore) {<br><span class="hint">Not a working day; last working day before it: {{ m.lastWorkingDayBefore | ukDate }}</span>}</td>
              <td data-label="Overdue by"><strong class="tag tag--red">{{ m.workingDaysOverdue }} working days</strong></td>
              <td data-label="Why it was due">{{ m.explanation }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class OverdueMeetingsComponent {
  private readonly graphql = inject(GraphqlClient);
  protected readonly overdue = loadState(async () => (await this.graphql.request(OverdueMeetingsDocument, {})).overdueMeetings);
}
