import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { HomeVisitDocument, type HomeVisitFieldsFragment, type RecommendationAnswerFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe, ukDate } from '../../shared/ui/uk-date.pipe';
import { childrenCount, homesBase, judgementLabel, standardLabel } from './home-labels';
import { RecommendationAnswersComponent } from '../recommendation-answers/recommendation-answers.component';
import { RecommendationListComponent } from './recommendation-list.component';

type Judged = HomeVisitFieldsFragment['judgements'][number];

/**
 * A visit report: the full report for the visiting advocate; a child's own advocate sees that child in it; everyone else
 * sees the shared report, with the children counted but not named.
 */
@Component({
  selector: 'app-home-visit-page',
  imports: [RecommendationAnswersComponent, RecommendationListComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="[base(), homeId()]">Back</a>
    @if (visit.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the report…</p>
    } @else if (visit.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (visit.data(); as v) {
      @if (notice(); as text) {
        <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
      }
      <span class="caption-l">{{ v.homeName }}</span>
      <h1 class="heading-l">{{ v.status === 'DRAFT' ? 'Draft visit report' : 'Visit report: ' + (v.visitOn | ukDate) }}</h1>
      <dl class="summary-list">
        <div class="summary-list__row"><dt class="summary-list__key">Advocate</dt><dd class="summary-list__value">{{ v.advocateName }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Announced</dt><dd class="summary-list__value">{{ v.announced === null ? 'Not recorded' : v.announced ? 'Yes' : 'No' }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Staff spoken to</dt><dd class="summary-list__value">{{ v.staffSpokenTo }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Records checked</dt><dd class="summary-list__value">{{ v.recordsChecked }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children spoken to</dt><dd class="summary-list__value">{{ v.childrenSpokenToCount }}</dd></div>
      </dl>
      <h2 class="heading-m">What children said</h2>
      @if (v.childrenSpokenToCount === 0) {
        <p class="body">No children were spoken to at this visit.</p>
      } @else {
        @if (v.childrenSpokenTo.length > 0) {
          <ul class="list list--bullet">
            @for (c of v.childrenSpokenTo; track $index) {
              <li><strong>{{ c.name }}</strong>@if (c.spokeInPrivate) { (in private{{ c.consentToShare ? ', agreed to share' : ', not shared' }})}: {{ c.whatTheySaid }}</li>
            }
          </ul>
        }
        @if (v.childrenSpokenToCount > v.childrenSpokenTo.length) {
          <p class="body">{{ notNamed(v) }}</p>
          @if (v.sharedVoices.length > 0) {
            <h3 class="heading-s">In the shared report</h3>
            <ul class="list list--bullet">@for (words of v.sharedVoices; track $index) { <li>{{ words }}</li> }</ul>
            <p class="body hint">Only what children agreed to share is shown, without their names.</p>
          } @else {
            <p class="body">Nothing children said is shared in this report.</p>
          }
        }
      }
      <h2 class="heading-m">Quality Standards</h2>
      <dl class="summary-list">
        @for (j of v.judgements; track j.standard) {
          <div class="summary-list__row"><dt class="summary-list__key">{{ standard(j) }}</dt><dd class="summary-list__value"><strong>{{ judgement(j) }}</strong>@if (j.evidence) {: {{ j.evidence }}}</dd></div>
        }
      </dl>
      <h2 class="heading-m">Recommendations</h2>
      @if (v.recommendations.length === 0) { <p class="body">No recommendations at this visit.</p> }
      @else {
        <app-recommendation-list [recommendations]="v.recommendations" caption="Recommendations made at this visit" />
        @if (v.status === 'SUBMITTED') {
          <h2 class="heading-m">Answers from the home and the placing local authorities</h2>
          @for (r of v.recommendations; track r.id) {
            <h3 class="heading-s break-words">{{ r.what }}</h3>
            <app-recommendation-answers [answers]="r.answers" [what]="r.what" (changed)="answered(v, $event)" />
          }
        }
      }
    }
  `,
})
export class HomeVisitPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly homeId = input.required<string>();
  readonly visitId = input.required<string>();
  protected readonly base = computed(() => homesBase(this.session.user()?.role ?? 'ADVOCATE'));
  /** What the page was opened to confirm: the report just submitted. */
  protected readonly notice = signal<string | null>(null);
  protected readonly visit = loadState(async () => (await this.graphql.request(HomeVisitDocument, { id: this.visitId() })).homeVisit);

  constructor() {
    const notice: unknown = inject(Router).currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string') this.notice.set(notice);
    titleForRecord(() => {
      const v = this.visit.data();
      if (v === null) return null;
      return v.status === 'DRAFT' || v.visitOn === null ? `Draft visit report for ${v.homeName}` : `Visit report for ${v.homeName}, ${ukDate(v.visitOn)}`;
    });
  }

  /** The children the caller may not see, counted: "3 children spoken to" or "2 other children spoken to". */
  protected notNamed(v: HomeVisitFieldsFragment): string {
    const others = v.childrenSpokenToCount - v.childrenSpokenTo.length;
    return v.childrenSpokenTo.length === 0
      ? `${childrenCount(others)} spoken to. Their names, and what they said in private, are not shared.`
      : `${childrenCount(others, true)} spoken to, not shown here: only their own advocate and the visiting advocate see them.`;
  }

  /** Shows an answer just given in place of the one asked for, and confirms it. */
  protected answered(v: HomeVisitFieldsFragment, answer: RecommendationAnswerFieldsFragment): void {
    const recommendations = v.recommendations.map((r) =>
      r.id !== answer.recommendationId ? r : { ...r, answers: r.answers.map((a) => (a.id === answer.id ? answer : a)) },
    );
    this.visit.set({ ...v, recommendations });
    const whose = answer.answerer === 'HOME' ? 'The home’s answer has been recorded' : 'Your local authority’s answer has been sent';
    this.notice.set(`${whose} (${answer.statusLabel.toLowerCase()}).`);
  }

  protected standard(j: Judged): string {
    return standardLabel(j.standard);
  }

  protected judgement(j: Judged): string {
    return judgementLabel(j.judgement);
  }
}
