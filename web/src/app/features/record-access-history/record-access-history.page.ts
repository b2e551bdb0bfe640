import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { portalHome } from '@heard/domain';
import { RecordAccessHistoryDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { type DatePeriod, PeriodFormComponent } from '../../shared/ui/period-form.component';

/**
 * "Who has seen this record", for the child's advocate and the data protection officer of the child's LA: from the
 * audit trail, every organisation and person that viewed or changed the child's record (by default in the last 12
 * months, or between the dates chosen, kept in the address), when, what and why, refused attempts included.
 */
@Component({
  selector: 'app-record-access-history-page',
  imports: [PeriodFormComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="[home(), 'children', id()]">Back to the child's record</a>
    @if (page.loading() && !page.data()) {
      <p class="body" role="status" aria-live="polite">Loading who has seen the record…</p>
    } @else if (page.error(); as message) {
      <h1 class="heading-l">Not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as h) {
      <span class="caption-l">{{ h.childGivenName }}</span>
      <h1 class="heading-l">Who has seen this record</h1>
      <p class="body">
        Everyone who looked at or changed {{ h.childGivenName }}'s record from {{ h.fromOn | ukDate }} to {{ h.toOn | ukDate }}, from the audit trail,
        including anyone who tried and was not allowed. Opening this page is recorded too.
      </p>
      <app-period-form [period]="{ fromOn: h.fromOn, toOn: h.toOn }" (chosen)="choose($event)" />
      @if (page.loading()) {
        <p class="body" role="status" aria-live="polite">Loading the dates chosen…</p>
      }
      <div class="inset-text"><p class="body">{{ h.overview }}</p></div>
      @if (h.truncated) {
        <div class="warning-text" role="note">
          <p class="body"><strong>Only the latest {{ h.total }} times are shown.</strong> Older ones are kept in the audit trail.</p>
        </div>
      }
      <p class="body">
        <a class="link" [routerLink]="[home(), 'children', id(), 'who-has-seen', 'print']" [queryParams]="{ fromOn: h.fromOn, toOn: h.toOn }"
          >Print a plain-words version for {{ h.childGivenName }}</a
        >
      </p>
      @if (h.organisations.length > 0) {
        <h2 class="heading-m">Organisations</h2>
        <dl class="summary-list">
          @for (org of h.organisations; track org.kind + org.name) {
            <div class="summary-list__row"><dt>{{ org.name }}</dt><dd>{{ org.summary }}</dd></div>
          }
        </dl>
      }
      @for (org of h.organisations; track org.kind + org.name) {
        <section [attr.aria-label]="org.name">
          <h2 class="heading-m">{{ org.name }}</h2>
          @for (person of org.people; track person.name + person.roleInWords) {
            <h3 class="heading-s">{{ person.name }} ({{ person.roleInWords }})</h3>
            <p class="body">{{ person.summary }}</p>
            <table class="table table--stack">
              <caption class="table__caption visually-hidden">What {{ person.name }} did, newest first</caption>
              <thead>
                <tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Why</th><th scope="col">Allowed</th></tr>
              </thead>
              <tbody>
                @for (access of person.accesses; track $index) {
                  <tr>
                    <td data-label="When">{{ access.when }}</td>
                    <td data-label="What">{{ access.what }}</td>
                    <td data-label="Why">{{ access.why }}</td>
                    <td data-label="Allowed">
                      @if (access.refused) {
                        <strong class="tag tag--red">Refused</strong>
                      } @else {
                        Allowed
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
        </section>
      } @empty {
        <p class="body">Nobody looked at or changed {{ h.childGivenName }}'s record in this period.</p>
      }
    }
  `,
})
export class RecordAccessHistoryPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  /** The period in the address (`?fromOn=…&toOn=…`), if any; otherwise the last 12 months. */
  readonly fromOn = input<string>();
  readonly toOn = input<string>();
  private readonly chosen = signal<DatePeriod | null>(null);
  protected readonly home = computed(() => portalHome(this.session.user()?.role ?? 'ADVOCATE'));
  protected readonly page = loadState(async () => {
    const period = this.chosen();
    const input = { childId: this.id(), fromOn: period?.fromOn ?? this.fromOn() ?? null, toOn: period?.toOn ?? this.toOn() ?? null };
    return (await this.graphql.request(RecordAccessHistoryDocument, { input })).recordAccessHistory;
  });

  protected choose(period: DatePeriod): void {
    this.chosen.set(period);
    void this.router.navigate([], { queryParams: period, replaceUrl: true });
    void this.page.reload();
  }
}
