import { UnimplementedDecisionsComponent } from '../decision-follow-through/unimplemented-decisions.component';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MyChildrenDocument, type ChildSummaryFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ActionsAttentionComponent } from '../meetings/actions-attention.component';
import { OverdueMeetingsComponent } from '../meetings/overdue-meetings.component';
import { loadState } from '../../shared/ui/load-state';
import { StatusTagComponent } from '../../shared/ui/status-tag.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ukDateOfInstant } from '../../shared/ui/uk-date';

/** The advocate's children: overdue and due-soon offers first (the API sorts them). */
@Component({
  selector: 'app-my-children-page',
  imports: [
    UnimplementedDecisionsComponent,
    ActionsAttentionComponent,
    EmptyStateComponent,
    OverdueMeetingsComponent,
    RouterLink,
    StatusTagComponent,
    UkDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">My children</h1>
    @if (state.loading()) {
      <p class="body" role="status" aria-live="polite">Loading your children…</p>
    } @else if (state.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if ((state.data() ?? []).length === 0) {
      <app-empty-state message="No children are assigned to you yet." />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption">Children you advocate for, offers overdue or due soon first</caption>
        <thead>
          <tr><th scope="col">Child</th><th scope="col">Local authority</th><th scope="col">Status</th><th scope="col">Offer due</th><th scope="col">Last heard</th></tr>
        </thead>
        <tbody>
          @for (child of state.data(); track child.id) {
            <tr>
              <td data-label="Child">
                <a class="link" [routerLink]="['/advocate/children', child.id]">{{ name(child) }}</a>
                @if (child.interpreterNeeded) { <strong class="tag tag--blue">Interpreter needed</strong> }
              </td>
              <td data-label="Local authority">{{ child.localAuthority.name }}</td>
              <td data-label="Status"><app-status-tag [status]="child.status" /></td>
              <td data-label="Offer due">{{ child.currentOffer?.outcome === null ? (child.currentOffer?.dueOn | ukDate) : '' }}</td>
              <td data-label="Last heard">
                {{ child.lastHeardAt === null ? 'Not heard yet' : ukDateOfInstant(child.lastHeardAt) }}
                @if (child.contactStandard?.status === 'PAST_STANDARD') {
                  <strong class="tag tag--red">Contact overdue</strong>
                  <span class="hint">{{ child.contactStandard?.sentence }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
    <app-overdue-meetings />
    <app-actions-attention />
    <app-unimplemented-decisions />
  `,
})
export class MyChildrenPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly state = loadState(async () => (await this.graphql.request(MyChildrenDocument, {})).myChildren);

  protected readonly ukDateOfInstant = ukDateOfInstant;

  protected name(child: ChildSummaryFieldsFragment): string {
    const full = `${child.givenName} ${child.familyName}`;
    return child.preferredName === null ? full : `${full} (${child.preferredName})`;
  }
}
