import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConcernsForChildDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { ConcernListComponent } from './concern-list.component';
import { concernsBase } from './concern-labels';

/** The concerns raised about a child, on the child's page; the advocate can raise a new one. */
@Component({
  selector: 'app-child-concerns',
  imports: [ConcernListComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Concerns</h2>
    @if (isAdvocate()) {
      <div class="button-group">
        <a class="button button--secondary" [routerLink]="['/advocate/children', childId(), 'raise-concern']">Raise a concern</a>
        <a class="button button--warning" [routerLink]="['/advocate/children', childId(), 'raise-safeguarding-concern']">Raise an immediate safeguarding concern</a>
      </div>
    }
    @if (concerns.error(); as problem) {
      <p class="body" role="alert">Concerns could not be loaded: {{ problem }}</p>
    } @else if ((concerns.data() ?? []).length === 0) {
      <p class="body">No concerns have been raised about this child.</p>
    } @else {
      <app-concern-list [concerns]="concerns.data() ?? []" caption="Concerns about this child" [base]="base()" />
    }
  `,
})
export class ChildConcernsComponent {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly childId = input.required<string>();
  protected readonly isAdvocate = computed(() => this.session.user()?.role === 'ADVOCATE');
  protected readonly base = computed(() => concernsBase(this.session.user()?.role ?? 'ADVOCATE'));
  protected readonly concerns = loadState(async () => (await this.graphql.request(ConcernsForChildDocument, { childId: this.childId() })).concernsForChild);
}
