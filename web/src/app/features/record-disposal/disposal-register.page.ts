import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type DisposalRule, RecordDisposalRegisterDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe, ukDateOfInstant } from '../../shared/ui/uk-date.pipe';

const RULE: Readonly<Record<DisposalRule, string>> = {
  SEVENTY_FIFTH_BIRTHDAY: "The child's 75th birthday",
  FIFTEEN_YEARS_AFTER_DEATH: '15 years after a death before 18',
};

/** The disposal register: every record disposed of, when, by which rule and what was done, with no personal data. */
@Component({
  selector: 'app-disposal-register-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="../records-due-for-disposal">Back to records due for disposal</a>
    <h1 class="heading-l">Disposal register</h1>
    <p class="body">
      Each record disposed of, newest first. The register names the record only by its reference in the audit trail: it keeps no name, date of birth
      or anything written about the child.
    </p>
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the disposal register…</p>
    } @else if (page.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as disposals) {
      @if (disposals.length === 0) {
        <p class="body">No records have been disposed of.</p>
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">{{ disposals.length }} {{ disposals.length === 1 ? 'record' : 'records' }} disposed of</caption>
          <thead>
            <tr>
              <th scope="col">Disposed of</th>
              <th scope="col">Rule</th>
              <th scope="col">Notice given</th>
              <th scope="col">Record reference</th>
              <th scope="col">What was done</th>
            </tr>
          </thead>
          <tbody>
            @for (d of disposals; track d.id) {
              <tr>
                <td data-label="Disposed of">{{ instant(d.disposedAt) }}</td>
                <td data-label="Rule">{{ ruleText(d.rule) }}</td>
                <td data-label="Notice given">{{ d.noticeGivenOn | ukDate }}</td>
                <td data-label="Record reference"><code>{{ d.childId }}</code></td>
                <td data-label="What was done">
                  <ul class="list">
                    @for (c of d.counts; track c.table) {
                      <li>{{ c.table }}: {{ c.anonymised }} anonymised, {{ c.deleted }} deleted</li>
                    }
                  </ul>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class DisposalRegisterPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly page = loadState(async () => (await this.graphql.request(RecordDisposalRegisterDocument, {})).recordDisposals);
  protected instant(at: string): string {
    return ukDateOfInstant(at);
  }
  protected ruleText(rule: DisposalRule): string {
    return RULE[rule];
  }
}
