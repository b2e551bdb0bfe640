import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RECOMMENDATION_RESPONSE_WORKING_DAYS } from '@heard/domain';
import { type RecommendationAnswerFieldsFragment, VisitRecommendationsToAnswerDocument, type VisitRecommendationsToAnswerQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { themeLabel } from '../escalations/concern-labels';
import { RecommendationAnswersComponent } from './recommendation-answers.component';

type Item = VisitRecommendationsToAnswerQuery['visitRecommendationsToAnswer'][number];

/** An LA manager's visit recommendations to answer (soonest due first), then the ones answered, each answered in place. */
@Component({
  selector: 'app-visit-recommendations-page',
  imports: [RecommendationAnswersComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Visit recommendations to answer</h1>
    <p class="body">
      When an advocate visits a children’s home where your local authority has placed children, each recommendation of the visit report asks
      your local authority what it did or will do. Answer within {{ days }} working days of the report.
    </p>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status">
        <p class="notification-banner__title">Success</p>
        <p class="body">{{ text }}</p>
      </div>
    }
    @if (page.loading() && items() === null) {
      <p class="body" role="status" aria-live="polite">Loading recommendations…</p>
    } @else if (page.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (items(); as list) {
      @if (list.length === 0) {
        <p class="body">There are no visit recommendations for your local authority to answer.</p>
      } @else {
        <p class="body">{{ awaiting() }} of {{ list.length }} still to answer.</p>
        @for (r of list; track r.answer.id) {
          <section class="record" [attr.aria-labelledby]="'rec-' + r.answer.id">
            <h2 class="heading-s break-words" [id]="'rec-' + r.answer.id">{{ r.what }}</h2>
            <dl class="summary-list">
              <div class="summary-list__row">
                <dt class="summary-list__key">Home</dt>
                <dd class="summary-list__value"><a class="link" [routerLink]="['/la/homes', r.homeId, 'visits', r.visitId]">{{ r.homeName }}, visit on {{ r.visitOn | ukDate }}</a></dd>
              </div>
              <div class="summary-list__row"><dt class="summary-list__key">Owner</dt><dd class="summary-list__value">{{ r.owner }}, by {{ r.recommendationDueOn | ukDate }}</dd></div>
              <div class="summary-list__row"><dt class="summary-list__key">Themes</dt><dd class="summary-list__value">{{ themes(r) }}</dd></div>
              @if (r.aboutAChild) {
                <div class="summary-list__row"><dt class="summary-list__key">About</dt><dd class="summary-list__value">A child your local authority placed there</dd></div>
              }
            </dl>
            <app-recommendation-answers [answers]="[r.answer]" [what]="r.what" (changed)="answered($event)" />
          </section>
        }
      }
    }
  `,
})
export class VisitRecommendationsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly days = RECOMMENDATION_RESPONSE_WORKING_DAYS;
  protected readonly page = loadState(async () => (await this.graphql.request(VisitRecommendationsToAnswerDocument, {})).visitRecommendationsToAnswer);
  private readonly updates = signal<ReadonlyMap<string, RecommendationAnswerFieldsFragment>>(new Map());
  protected readonly items = computed(() => this.page.data()?.map((r) => ({ ...r, answer: this.updates().get(r.answer.id) ?? r.answer })) ?? null);
  protected readonly awaiting = computed(() => (this.items() ?? []).filter((r) => r.answer.answeredOn === null).length);
  protected readonly notice = signal<string | null>(null);

  protected themes(r: Item): string {
    return r.themes.map(themeLabel).join(', ');
  }

  protected answered(answer: RecommendationAnswerFieldsFragment): void {
    this.updates.update((all) => new Map([...all, [answer.id, answer]]));
    this.notice.set(`Your answer has been recorded (${answer.statusLabel.toLowerCase()}). The advocate who visits the home will follow it up.`);
  }
}
