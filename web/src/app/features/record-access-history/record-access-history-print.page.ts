import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome } from '@heard/domain';
import { RecordAccessHistoryDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';

/** "Who has seen your record", printable for the child: one plain sentence per organisation and person, large type. */
@Component({
  selector: 'app-record-access-history-print-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .seen-page {
      font-size: 1.4rem;
      line-height: 1.5;
    }
    .seen-page__organisation {
      margin: 0 0 1.5rem;
      padding-bottom: 1rem;
      border-bottom: 1px solid #b1b4b6;
      break-inside: avoid;
    }
    .seen-page__organisation p {
      margin: 0 0 0.4rem;
    }
    @media print {
      .seen-page {
        font-size: 16pt;
      }
    }
  `,
  template: `
    <a class="back-link" [routerLink]="[home(), 'children', id(), 'who-has-seen']" [queryParams]="{ fromOn: fromOn(), toOn: toOn() }">Back to "Who has seen this record"</a>
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the page…</p>
    } @else if (page.error(); as message) {
      <h1 class="heading-l">Page not available</h1>
      <p class="body">{{ message }}</p>
    } @else if (page.data(); as h) {
      <article class="advocate-card seen-page">
        <h1 class="heading-l">{{ h.childGivenName }}, who has seen your record</h1>
        <p class="advocate-card__lead">{{ h.overview }}</p>
        @for (org of h.organisations; track org.kind + org.name) {
          <div class="seen-page__organisation">
            <h2 class="heading-m">{{ org.name }}</h2>
            @for (person of org.people; track person.name + person.roleInWords) {
              <p>{{ person.summary }}</p>
            }
          </div>
        } @empty {
          <p>Nobody looked at your record in this time.</p>
        }
        <p>Everyone who opens your record is written down, and why. If something here worries you, ask your advocate.</p>
      </article>
      <button class="button no-print" type="button" (click)="print()">Print this page</button>
    }
  `,
})
export class RecordAccessHistoryPrintPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  /** The period the page it was printed from showed (`?fromOn=…&toOn=…`); otherwise the last 12 months. */
  readonly fromOn = input<string>();
  readonly toOn = input<string>();
  protected readonly home = computed(() => portalHome(this.session.user()?.role ?? 'ADVOCATE'));
  protected readonly page = loadState(async () => {
    const input = { childId: this.id(), fromOn: this.fromOn() ?? null, toOn: this.toOn() ?? null };
    return (await this.graphql.request(RecordAccessHistoryDocument, { input })).recordAccessHistory;
  });

  protected print(): void {
    window.print();
  }
}
