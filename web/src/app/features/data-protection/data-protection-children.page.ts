import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DataProtectionChildrenDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { inputValue } from '../../shared/ui/submit';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/**
 * The data protection officer's home: their LA's children, found by name or LA reference, with how long each
 * record is kept. Each opens to the officer's own page for the child, never to the child's case.
 */
@Component({
  selector: 'app-data-protection-children-page',
  imports: [EmptyStateComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Children's records</h1>
    <p class="body">
      Find a child to show who has seen their record, to give them a copy of it, or to see and change how long it is kept. Every search is recorded in the
      audit trail.
    </p>
    <form class="search-form" role="search" novalidate (submit)="find($event)">
      <div class="form-group">
        <label class="label" for="search">Name or LA reference</label>
        <input class="input" id="search" name="search" type="search" autocomplete="off" [value]="search()" (input)="search.set(value($event))" />
      </div>
      <button class="button" type="submit">Search</button>
    </form>
    @if (list.loading()) {
      <p class="body" role="status" aria-live="polite">Loading children…</p>
    } @else if (list.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (list.data(); as data) {
      <p class="body" role="status">
        @if (data.total > data.children.length) {
          Showing the first {{ data.children.length }} of {{ data.total }} children in {{ data.localAuthorityName }}. Search to narrow the list.
        } @else {
          {{ data.total }} {{ data.total === 1 ? 'child' : 'children' }} in {{ data.localAuthorityName }}.
        }
      </p>
      @if (data.children.length === 0) {
        <app-empty-state message="No child of your local authority matches that search. Check the spelling or search by the LA reference." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Children of {{ data.localAuthorityName }}, by family name</caption>
          <thead>
            <tr><th scope="col">Child</th><th scope="col">LA reference</th><th scope="col">Date of birth</th><th scope="col">Record kept until</th></tr>
          </thead>
          <tbody>
            @for (child of data.children; track child.childId) {
              <tr>
                <td data-label="Child"><a class="link" [routerLink]="['children', child.childId]">{{ child.name }}</a></td>
                <td data-label="LA reference">{{ child.laChildRef }}</td>
                <td data-label="Date of birth">{{ child.dateOfBirth | ukDate }}</td>
                <td data-label="Record kept until">
                  @if (child.retention.retainUntil; as until) {
                    {{ until | ukDate }}
                  } @else {
                    <strong class="tag tag--orange">Legal hold</strong>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class DataProtectionChildrenPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly value = inputValue;
  protected readonly search = signal('');
  protected readonly list = loadState(
    async () => (await this.graphql.request(DataProtectionChildrenDocument, { input: { search: this.search().trim() } })).dataProtectionChildren,
  );

  protected find(event: SubmitEvent): void {
    event.preventDefault();
    void this.list.reload();
  }
}
