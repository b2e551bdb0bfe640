import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MeetingsToChairDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** Meetings the LA manager's local authority has to chair. */
@Component({
  selector: 'app-meetings-page',
  imports: [EmptyStateComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Meetings to chair</h1>
    <a class="button" routerLink="/la/meetings/schedule">Schedule a meeting</a>
    @if (meetings.loading()) {
      <p class="body" role="status" aria-live="polite">Loading meetings…</p>
    } @else if (meetings.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if ((meetings.data() ?? []).length === 0) {
      <app-empty-state message="There are no meetings to chair." />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption">Scheduled and held meetings not yet completed</caption>
        <thead><tr><th scope="col">Child</th><th scope="col">Date</th><th scope="col">Stage</th></tr></thead>
        <tbody>
          @for (m of meetings.data(); track m.id) {
            <tr>
              <td data-label="Child"><a class="link" [routerLink]="['/la/meetings', m.id]">{{ m.childName }}</a></td>
              <td data-label="Date">{{ m.scheduledOn | ukDate }}</td>
              <td data-label="Stage">{{ m.status === 'HELD' ? 'Held, not completed' : 'Scheduled' }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class MeetingsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly meetings = loadState(async () => (await this.graphql.request(MeetingsToChairDocument, {})).meetingsToChair);
}
