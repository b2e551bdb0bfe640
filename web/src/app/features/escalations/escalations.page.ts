import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { EscalationQueueDocument, type ConcernSummaryFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ConcernListComponent } from './concern-list.component';
import { liveConcerns } from './live-list';

/** The Commissioner's triage board: new escalations, those being handled, and those in court. */
@Component({
  selector: 'app-escalations-page',
  imports: [ConcernListComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Escalations</h1>
    <div aria-live="polite">
      @if (queue.loading() && !queue.data()) {
        <p class="body" role="status">Loading escalations…</p>
      } @else if (queue.error(); as error) {
        <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
      } @else if ((queue.data() ?? []).length === 0) {
        <app-empty-state message="No concerns have been escalated to the Children's Commissioner." />
      } @else {
        @for (column of columns(); track column.title) {
          <h2 class="heading-m">{{ column.title }} ({{ column.concerns.length }})</h2>
          @if (column.concerns.length === 0) {
            <p class="body">None.</p>
          } @else {
            <app-concern-list [concerns]="column.concerns" [caption]="column.title" base="/commissioner/concerns" [showLa]="true" />
          }
        }
      }
    </div>
  `,
})
export class EscalationsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly queue = liveConcerns(async () => (await this.graphql.request(EscalationQueueDocument, {})).escalationQueue);
  protected readonly columns = computed(() => {
    const all: readonly ConcernSummaryFieldsFragment[] = this.queue.data() ?? [];
    return [
      { title: 'To triage', concerns: all.filter((c) => c.stage === 'CHILDRENS_COMMISSIONER' && !c.triaged) },
      { title: 'Triaged', concerns: all.filter((c) => c.stage === 'CHILDRENS_COMMISSIONER' && c.triaged) },
      { title: 'In court', concerns: all.filter((c) => c.stage === 'COURT') },
    ];
  });
}
