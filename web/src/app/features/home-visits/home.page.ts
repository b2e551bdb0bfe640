import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HomeDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { homesBase, monthLabel } from './home-labels';
import { RecommendationListComponent } from './recommendation-list.component';

/** A home: its visit schedule, open recommendations and visit reports; the responsible advocate starts or resumes a report. */
@Component({
  selector: 'app-home-page',
  imports: [RecommendationListComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="base()">Back</a>
    @if (home.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the home…</p>
    } @else if (home.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (home.data(); as h) {
      <span class="caption-l">{{ h.providerName }} · Ofsted URN {{ h.ofstedUrn }}</span>
      <h1 class="heading-l">{{ h.name }}</h1>
      <dl class="summary-list">
        <div class="summary-list__row"><dt class="summary-list__key">Address</dt><dd class="summary-list__value">{{ h.address }} ({{ h.localAuthorityName }})</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Visiting advocate</dt><dd class="summary-list__value">{{ h.responsibleAdvocateName ?? 'None yet' }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children living there</dt><dd class="summary-list__value">{{ h.childrenPlaced }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">This month</dt><dd class="summary-list__value">
          @if (h.schedule; as s) {
            @if (s.visitedThisMonth) { Visited } @else { Visit due by {{ s.dueBy | ukDate }} }
            @if (s.missedMonths.length > 0) { <br /><strong class="tag tag--red">Missed: {{ missed(s.missedMonths) }}</strong> }
          } @else { No visit due: no child there is represented by Heard }
        </dd></div>
      </dl>
      @if (h.allowedVisitCommands.includes('SAVE_DRAFT')) {
        <a class="button" [routerLink]="[base(), h.id, 'visit']">{{ h.draftVisitId ? 'Resume the draft visit report' : 'Start a visit report' }}</a>
      }
      <h2 class="heading-m">Open recommendations</h2>
      @if (h.openRecommendationList.length === 0) { <p class="body">There are no open recommendations.</p> }
      @else { <app-recommendation-list [recommendations]="h.openRecommendationList" caption="Open recommendations, oldest due first" /> }
      <h2 class="heading-m">Visit reports</h2>
      <ul class="list">
        @for (v of h.visits; track v.id) {
          <li>
            <a class="link" [routerLink]="[base(), h.id, 'visits', v.id]">{{ v.status === 'DRAFT' ? 'Draft report' : 'Visit on ' + (v.visitOn | ukDate) }}</a>
            by {{ v.advocateName }} · {{ v.recommendations.length }} recommendation(s)
          </li>
        } @empty {
          <li>No visit reports yet.</li>
        }
      </ul>
    }
  `,
})
export class HomePage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly base = computed(() => homesBase(this.session.user()?.role ?? 'ADVOCATE'));
  protected readonly home = loadState(async () => (await this.graphql.request(HomeDocument, { id: this.id() })).home);

  constructor() {
    titleForRecord(() => this.home.data()?.name ?? null);
  }

  protected missed(months: readonly string[]): string {
    return months.map(monthLabel).join(', ');
  }
}
