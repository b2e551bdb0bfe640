import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome } from '@heard/domain';
import { AdminAdvocatesDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { availabilityText } from './advocate-availability';

/** Every advocate with their provider, caseload against cap, languages, employer and availability. */
@Component({
  selector: 'app-advocates-page',
  imports: [EmptyStateComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Advocates</h1>
    <p class="body">Add advocates from allocation oversight. Here you change who employs them, what they speak, how many children they may have and when they are away.</p>
    @if (advocates.loading() && !advocates.data()) {
      <p class="body" role="status" aria-live="polite">Loading advocates…</p>
    } @else if (advocates.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (advocates.data(); as list) {
      @if (list.length === 0) {
        <app-empty-state message="There are no advocates yet." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Advocates by provider</caption>
          <thead>
            <tr><th scope="col">Advocate</th><th scope="col">Provider</th><th scope="col">Children</th><th scope="col">Languages</th><th scope="col">Employing LA</th><th scope="col">Availability</th><th scope="col"><span class="visually-hidden">Change</span></th></tr>
          </thead>
          <tbody>
            @for (a of list; track a.id) {
              <tr>
                <td data-label="Advocate">{{ a.displayName }}</td>
                <td data-label="Provider">{{ a.providerName }}</td>
                <td data-label="Children">{{ a.activeCaseload }} of {{ a.caseloadCap }}</td>
                <td data-label="Languages">{{ a.languages.join(', ') }}</td>
                <td data-label="Employing LA">{{ a.employingLocalAuthority?.name ?? 'None' }}</td>
                <td data-label="Availability">{{ availability(a) }}</td>
                <td><a class="link" [routerLink]="[base, a.id]">Change<span class="visually-hidden"> {{ a.displayName }}</span></a></td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class AdvocatesPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly base = `${portalHome('ADMIN')}/advocates`;
  protected readonly advocates = loadState(async () => (await this.graphql.request(AdminAdvocatesDocument, {})).advocateProfiles);
  protected readonly availability = availabilityText;
}
