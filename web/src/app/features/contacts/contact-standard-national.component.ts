import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ContactStandardNationalDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';

/**
 * For Commissioner staff on allocation oversight: children with a current advocate and how many are past the contact standard,
 * by LA and by provider (counts only). A provider manager's own flag list will sit on their caseload page when that role comes.
 */
@Component({
  selector: 'app-contact-standard-national',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isCommissioner()) {
      <section aria-labelledby="contact-standard-heading">
        <h2 class="heading-m" id="contact-standard-heading">Children past the contact standard</h2>
        @if (state.loading()) {
          <p class="body" role="status" aria-live="polite">Loading the contact standard…</p>
        } @else if (state.error(); as error) {
          <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
        } @else {
          @for (table of tables(); track table.caption) {
            <table class="table table--stack">
              <caption class="table__caption">{{ table.caption }}</caption>
              <thead><tr><th scope="col">{{ table.column }}</th><th scope="col">Children with an advocate</th><th scope="col">Past the standard</th></tr></thead>
              <tbody>
                @for (row of table.rows; track row.name) {
                  <tr><td [attr.data-label]="table.column">{{ row.name }}</td><td data-label="Children with an advocate">{{ row.children }}</td><td data-label="Past the standard">{{ row.pastStandard }}</td></tr>
                } @empty {
                  <tr><td colspan="3">No child has an advocate yet.</td></tr>
                }
              </tbody>
            </table>
          }
        }
      </section>
    }
  `,
})
export class ContactStandardNationalComponent {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  protected readonly isCommissioner = computed(() => this.session.user()?.role === 'COMMISSIONER_STAFF');
  protected readonly state = loadState(async () =>
    this.isCommissioner() ? (await this.graphql.request(ContactStandardNationalDocument, {})).contactStandardNational : null,
  );
  protected readonly tables = computed(() => {
    const data = this.state.data();
    if (data === null) return [];
    return [
      { caption: 'By local authority', column: 'Local authority', rows: data.byLocalAuthority },
      { caption: 'By advocacy provider', column: 'Provider', rows: data.byProvider },
    ];
  });
}
