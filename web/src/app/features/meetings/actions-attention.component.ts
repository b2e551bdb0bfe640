import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ActionsNeedingAttentionDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** Actions that have drifted (carried over twice) or are past due, for the advocate's or the LA's list. */
@Component({
  selector: 'app-actions-attention',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Actions needing attention</h2>
    @if ((actions.data() ?? []).length === 0) {
      <p class="body">No actions have drifted or are overdue.</p>
    } @else {
      <table class="table table--stack">
        <caption class="table__caption visually-hidden">Actions that have drifted or are overdue</caption>
        <thead><tr><th scope="col">Child</th><th scope="col">Action</th><th scope="col">Due</th><th scope="col">Flag</th></tr></thead>
        <tbody>
          @for (a of actions.data(); track a.id) {
            <tr><td data-label="Child">{{ a.childName }}</td><td data-label="Action">{{ a.what }}</td><td data-label="Due">{{ a.dueOn | ukDate }}</td>
              <td data-label="Flag">@if (a.drift) { <strong class="tag tag--red">Drift</strong> } @if (a.workingDaysOverdue > 0) { <span>{{ a.workingDaysOverdue }} working days overdue</span> }
                @if (a.allowedCommands.includes('RAISE_CONCERN')) { <br /><a class="link" [routerLink]="['/advocate/children', a.childId, 'raise-concern']" [queryParams]="{ action: a.id }">Raise a concern<span class="visually-hidden"> about “{{ a.what }}”</span></a> }</td></tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class ActionsAttentionComponent {
  private readonly graphql = inject(GraphqlClient);
  protected readonly actions = loadState(async () => (await this.graphql.request(ActionsNeedingAttentionDocument, {})).actionsNeedingAttention);
}
