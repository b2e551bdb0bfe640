import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HomesDocument, type HomeSummaryFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { homesBase, monthLabel } from './home-labels';

/** Homes the caller may see, with this month's visit and any missed months; "My homes" for advocates. */
@Component({
  selector: 'app-homes-page',
  imports: [EmptyStateComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">{{ title() }}</h1>
    @if (homes.loading()) {
      <p class="body" role="status" aria-live="polite">Loading homes…</p>
    } @else if (homes.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if ((homes.data() ?? []).length === 0) {
      <app-empty-state message="There are no children's homes for you to see." />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption">Children's homes, their monthly visits and open recommendations</caption>
        <thead><tr><th scope="col">Home</th><th scope="col">This month's visit</th><th scope="col">Last visit</th><th scope="col">Open recommendations</th></tr></thead>
        <tbody>
          @for (h of homes.data(); track h.id) {
            <tr>
              <td data-label="Home"><a class="link" [routerLink]="[base(), h.id]">{{ h.name }}</a><br /><span class="hint">{{ h.providerName }} · {{ h.localAuthorityName }}</span></td>
              <td data-label="This month's visit">
                @if (h.schedule; as s) {
                  @if (s.visitedThisMonth) { <strong class="tag tag--green">Visited</strong> } @else { Due by {{ s.dueBy | ukDate }} }
                  @if (s.missedMonths.length > 0) { <br /><strong class="tag tag--red">Missed: {{ missed(h) }}</strong> }
                } @else { No visit due }
              </td>
              <td data-label="Last visit">{{ h.lastVisitOn ? (h.lastVisitOn | ukDate) : 'Never' }}</td>
              <td data-label="Open recommendations">{{ h.openRecommendations }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class HomesPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  protected readonly base = computed(() => homesBase(this.session.user()?.role ?? 'ADVOCATE'));
  protected readonly title = computed(() => (this.session.user()?.role === 'ADVOCATE' ? 'My homes' : "Children's homes"));
  protected readonly homes = loadState(async () => (await this.graphql.request(HomesDocument, {})).homes);

  protected missed(h: HomeSummaryFieldsFragment): string {
    return (h.schedule?.missedMonths ?? []).map(monthLabel).join(', ');
  }
}
