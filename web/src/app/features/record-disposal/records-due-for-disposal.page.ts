import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type DisposalStatus, RecordsDueForDisposalDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

const STATUS: Readonly<Record<DisposalStatus, string>> = {
  NOT_DUE: 'Not due',
  NOTICE_DUE: 'Notice to be given',
  IN_NOTICE: 'In its notice period',
  ON_HOLD: 'Kept: legal hold',
  DISPOSE: 'To be disposed of',
};

/**
 * Records due for disposal, for the LA's data protection officer: each child whose record is in its notice period or
 * past its retention date, the rule and date, any legal hold, and when notice was given. The job disposes of them.
 */
@Component({
  selector: 'app-records-due-for-disposal-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Records due for disposal</h1>
    <p class="body">
      A child's record is kept until their 75th birthday, or for 15 years after a death before 18. Heard gives notice when a record enters its notice
      period and disposes of it once the date and the notice period have both passed, unless a legal hold stands. Disposal keeps the published figures
      and removes names, dates of birth and everything written about the child.
    </p>
    <p class="body"><a class="link" routerLink="../disposal-register">See the disposal register</a></p>
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading records due for disposal…</p>
    } @else if (page.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as records) {
      @if (records.length === 0) {
        <p class="body">No records are due for disposal.</p>
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">{{ records.length }} {{ records.length === 1 ? 'record' : 'records' }} due for disposal</caption>
          <thead>
            <tr>
              <th scope="col">Child</th>
              <th scope="col">Kept until</th>
              <th scope="col">Where it stands</th>
              <th scope="col">Notice given</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            @for (r of records; track r.childId) {
              <tr>
                <td data-label="Child">{{ r.childName }}</td>
                <td data-label="Kept until">{{ r.retainUntil | ukDate }}</td>
                <td data-label="Where it stands">
                  @if (r.legalHold) {
                    <strong class="tag tag--red">Legal hold</strong>
                  }
                  {{ statusText(r.status) }}
                </td>
                <td data-label="Notice given">
                  @if (r.noticeGivenOn; as on) {
                    {{ on | ukDate }}
                  } @else {
                    Not yet
                  }
                </td>
                <td data-label="Why">{{ r.explanation }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class RecordsDueForDisposalPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly page = loadState(async () => (await this.graphql.request(RecordsDueForDisposalDocument, {})).recordsDueForDisposal);
  protected statusText(status: DisposalStatus): string {
    return STATUS[status];
  }
}
