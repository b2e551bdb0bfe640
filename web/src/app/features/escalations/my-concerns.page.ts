import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MyConcernsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ConcernListComponent } from './concern-list.component';
import { liveConcerns } from './live-list';

/** The advocate's concerns, with the LA's deadlines, updated live. */
@Component({
  selector: 'app-my-concerns-page',
  imports: [ConcernListComponent, EmptyStateComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">My concerns</h1>
    <p class="body">To raise a concern, open the child's page from <a class="link" routerLink="/advocate">My children</a>.</p>
    @if (concerns.loading() && !concerns.data()) {
      <p class="body" role="status" aria-live="polite">Loading concerns…</p>
    } @else if (concerns.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if ((concerns.data() ?? []).length === 0) {
      <app-empty-state message="You have not raised any concerns for the children you represent." />
    } @else {
      <app-concern-list [concerns]="concerns.data() ?? []" caption="Concerns you have raised, open first, nearest deadline first" base="/advocate/concerns" />
    }
  `,
})
export class MyConcernsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly concerns = liveConcerns(async () => (await this.graphql.request(MyConcernsDocument, {})).myConcerns);
}
