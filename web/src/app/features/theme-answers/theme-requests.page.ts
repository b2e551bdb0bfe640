import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { THEME_RESPONSE_WORKING_DAYS } from '@heard/domain';
import { ThemeRequestsDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { THEME_STATUS_TONES } from './theme-status';

/**
 * The themes put to local authorities, newest first, with each one's deadline and where it stands: for Commissioner
 * staff every LA's, with the way to put a new one; for an LA manager their own LA's themes to answer.
 */
@Component({
  selector: 'app-theme-requests-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">{{ commissioner() ? 'Themes put to local authorities and providers' : 'Themes to answer' }}</h1>
    <p class="body">
      @if (commissioner()) {
        Put a theme you see across children’s cases to a local authority or a children’s home provider. It has {{ days }} working days to say what
        it found, what it will do and by when. You record a provider’s answer here.
      } @else {
        The Children’s Commissioner has put these themes to your local authority. Answer each within {{ days }} working days: what you found,
        what you will do and by when.
      }
    </p>
    @if (commissioner()) {
      <p class="body"><a class="button" routerLink="new">Put a theme</a></p>
    }
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading themes…</p>
    } @else if (page.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as requests) {
      @if (requests.length === 0) {
        <p class="body">{{ commissioner() ? 'No themes have been put to a local authority yet.' : 'There are no themes to answer.' }}</p>
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">{{ requests.length }} {{ requests.length === 1 ? 'theme' : 'themes' }}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              @if (commissioner()) {
                <th scope="col">Put to</th>
              }
              <th scope="col">Put on</th>
              <th scope="col">Answer due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            @for (r of requests; track r.id) {
              <tr>
                <td data-label="Theme"><a class="link" [routerLink]="r.id">{{ r.themeLabel }}</a></td>
                @if (commissioner()) {
                  <td data-label="Put to">{{ r.recipientName }}</td>
                }
                <td data-label="Put on">{{ r.putOn | ukDate }}</td>
                <td data-label="Answer due">{{ r.deadline | ukDate }}</td>
                <td data-label="Status"><strong class="tag tag--{{ tones[r.status] }}">{{ r.statusLabel }}</strong></td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class ThemeRequestsPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  protected readonly commissioner = computed(() => this.session.user()?.role === 'COMMISSIONER_STAFF');
  protected readonly days = THEME_RESPONSE_WORKING_DAYS;
  protected readonly tones = THEME_STATUS_TONES;
  protected readonly page = loadState(async () => (await this.graphql.request(ThemeRequestsDocument, {})).themeRequests);
}
