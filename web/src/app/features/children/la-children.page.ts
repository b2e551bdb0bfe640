import { UnimplementedDecisionsComponent } from '../decision-follow-through/unimplemented-decisions.component';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AwaitingAdvocateDocument, LaChildrenDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ActionsAttentionComponent } from '../meetings/actions-attention.component';
import { OverdueMeetingsComponent } from '../meetings/overdue-meetings.component';
import { advocateLine } from '../../shared/ui/advocate-line';
import { loadState } from '../../shared/ui/load-state';
import { StatusTagComponent } from '../../shared/ui/status-tag.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ukDateOfInstant } from '../../shared/ui/uk-date';
import { SafeguardingAlertsComponent } from '../escalations/safeguarding-alerts.component';

/** The LA manager's children, who their advocate is, and who is still waiting for one. */
@Component({
  selector: 'app-la-children-page',
  imports: [
    UnimplementedDecisionsComponent,
    SafeguardingAlertsComponent,
    ActionsAttentionComponent,
    EmptyStateComponent,
    OverdueMeetingsComponent,
    RouterLink,
    StatusTagComponent,
    UkDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Children in your local authority</h1>
    <app-safeguarding-alerts />
    <a class="button" routerLink="/la/record-event">Record a child entering care</a>
    @if (children.loading()) {
      <p class="body" role="status" aria-live="polite">Loading children…</p>
    } @else if (children.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if ((children.data() ?? []).length === 0) {
      <app-empty-state message="There are no children from your local authority in Heard yet." />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption">Children and their advocates</caption>
        <thead>
          <tr><th scope="col">Child</th><th scope="col">Date of birth</th><th scope="col">Advocate</th><th scope="col">Status</th><th scope="col">Last heard</th></tr>
        </thead>
        <tbody>
          @for (child of children.data(); track child.id) {
            <tr>
              <td data-label="Child"><a class="link" [routerLink]="['/la/children', child.id]">{{ child.givenName }} {{ child.familyName }}</a></td>
              <td data-label="Date of birth">{{ child.dateOfBirth | ukDate }}</td>
              <td data-label="Advocate">{{ advocateLine(child.advocate, child.status) }}</td>
              <td data-label="Status"><app-status-tag [status]="child.status" /></td>
              <td data-label="Last heard">
                {{ child.lastHeardAt === null ? 'Not heard yet' : ukDateOfInstant(child.lastHeardAt) }}
                @if (child.contactStandard?.status === 'PAST_STANDARD') { <strong class="tag tag--red">Contact overdue</strong> }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
    <h2 class="heading-m">Waiting for an advocate</h2>
    @if (awaiting.loading()) {
      <p class="body" role="status" aria-live="polite">Loading…</p>
    } @else if ((awaiting.data() ?? []).length === 0) {
      <app-empty-state message="No children from your local authority are waiting for an advocate." />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption visually-hidden">Children waiting for an advocate, longest wait first</caption>
        <thead><tr><th scope="col">Child</th><th scope="col">Waiting since</th><th scope="col">Working days waited</th></tr></thead>
        <tbody>
          @for (entry of awaiting.data(); track entry.childId) {
            <tr><td data-label="Child">{{ entry.childName }}</td><td data-label="Waiting since">{{ entry.waitingSince | ukDate }}</td><td data-label="Working days waited">{{ entry.workingDaysWaiting }}</td></tr>
          }
        </tbody>
      </table>
    }
    <app-overdue-meetings />
    <app-actions-attention />
    <app-unimplemented-decisions />
  `,
})
export class LaChildrenPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly advocateLine = advocateLine;
  protected readonly ukDateOfInstant = ukDateOfInstant;
  protected readonly children = loadState(async () => (await this.graphql.request(LaChildrenDocument, {})).laChildren);
  protected readonly awaiting = loadState(async () => (await this.graphql.request(AwaitingAdvocateDocument, {})).awaitingAdvocate);
}
