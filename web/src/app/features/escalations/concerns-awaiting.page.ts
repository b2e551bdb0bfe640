import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ConcernsAwaitingResponseDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ConcernListComponent } from './concern-list.component';
import { liveConcerns } from './live-list';

/** Concerns about the LA's children that are waiting for the LA to respond, updated live. */
@Component({
  selector: 'app-concerns-awaiting-page',
  imports: [ConcernListComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Concerns awaiting our response</h1>
    <div aria-live="polite">
      @if (concerns.loading() && !concerns.data()) {
        <p class="body" role="status">Loading concerns…</p>
      } @else if (concerns.error(); as error) {
        <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
      } @else if ((concerns.data() ?? []).length === 0) {
        <app-empty-state message="No concerns are waiting for your response." />
      } @else {
        <app-concern-list [concerns]="concerns.data() ?? []" caption="Concerns waiting for a response, nearest deadline first" base="/la/concerns" />
      }
    </div>
  `,
})
export class ConcernsAwaitingPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly concerns = liveConcerns(async () => (await this.graphql.request(ConcernsAwaitingResponseDocument, {})).concernsAwaitingResponse);
}
