import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { shownToChild } from '@heard/domain';
import { YouSaidWeDidDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { childFirstName } from './you-said-we-did';

/** The child's printable "You said, we did" page: plain words, large type, only what the child agreed may be shown. */
@Component({
  selector: 'app-you-said-we-did-print-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .you-said-page {
      font-size: 1.4rem;
      line-height: 1.5;
    }
    .you-said-page__item {
      margin: 0 0 1.5rem;
      padding-bottom: 1rem;
      border-bottom: 1px solid #b1b4b6;
      break-inside: avoid;
    }
    .you-said-page__item p {
      margin: 0 0 0.4rem;
    }
    @media print {
      .you-said-page {
        font-size: 16pt;
      }
    }
  `,
  template: `
    <a class="back-link" [routerLink]="['/advocate', 'children', id(), 'you-said-we-did']">Back to "You said, we did"</a>
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the page…</p>
    } @else if (page.error(); as message) {
      <h1 class="heading-l">Page not available</h1>
      <p class="body">{{ message }}</p>
    } @else if (page.data(); as p) {
      <article class="advocate-card you-said-page">
        <h1 class="heading-l">{{ name(p.child) }}, you said, we did</h1>
        <p class="advocate-card__lead">These are things you told us, and what happened.</p>
        @for (item of shown(); track item.viewId) {
          <div class="you-said-page__item">
            <p>{{ item.forChild.youSaid }}</p>
            <p><strong>{{ item.forChild.weDid }}</strong></p>
          </div>
        } @empty {
          <p>There is nothing to show yet. Your advocate will add things when you say they can.</p>
        }
        <p>If you want to talk about any of this, ask your advocate.</p>
      </article>
      <button class="button no-print" type="button" (click)="print()">Print this page</button>
    }
  `,
})
export class YouSaidWeDidPrintPage {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly page = loadState(() => this.graphql.request(YouSaidWeDidDocument, { childId: this.id() }));
  protected readonly shown = computed(() => shownToChild(this.page.data()?.youSaidWeDid ?? []));
  protected readonly name = childFirstName;

  protected print(): void {
    window.print();
  }
}
