import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AdvocateCardDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { ChannelLinkComponent } from '../child-channel/channel-link.component';

/** A printable, child-friendly card: who their advocate is and what an advocate does. */
@Component({
  selector: 'app-advocate-card-page',
  imports: [ChannelLinkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (card.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the card…</p>
    } @else if (card.error(); as message) {
      <h1 class="heading-l">Card not available</h1>
      <p class="body">{{ message }}</p>
    } @else if (card.data(); as c) {
      <article class="advocate-card">
        <h1 class="heading-l">Hello {{ c.childName }}</h1>
        <p class="advocate-card__lead">Your advocate is <strong>{{ c.advocateName }}</strong>.</p>
        <h2 class="heading-m">How to reach them</h2>
        <ul class="list">
          <li>Email: <a class="link" [href]="'mailto:' + c.advocateEmail">{{ c.advocateEmail }}</a></li>
          @if (c.advocatePhone) {
            <li>Phone: {{ c.advocatePhone }}</li>
          }
          <li>They work for {{ c.providerName }}.</li>
        </ul>
        <h2 class="heading-m">What does an advocate do?</h2>
        <ul class="list list--bullet">
          <li>Your advocate is on your side. They listen to what you want.</li>
          <li>They make sure the adults who make plans for you hear what you think.</li>
          <li>They do not work for the council.</li>
          <li>They can come with you to meetings, or speak for you if you want them to.</li>
          <li>What you tell them stays private, unless you or someone else is in danger.</li>
          <li>You can say no to having an advocate, and you can change your mind at any time.</li>
        </ul>
        @if (isAdvocate()) {
          <app-channel-link [childId]="id()" />
        }
      </article>
      <button class="button no-print" type="button" (click)="print()">Print this card</button>
    }
  `,
})
export class AdvocateCardPage {
  private readonly graphql = inject(GraphqlClient);
  /** Only the child's advocate makes the secret link to the child's own page. */
  private readonly session = inject(SessionStore);
  protected readonly isAdvocate = computed(() => this.session.user()?.role === 'ADVOCATE');
  readonly id = input.required<string>();
  protected readonly card = loadState(async () => (await this.graphql.request(AdvocateCardDocument, { childId: this.id() })).advocateCard);

  protected print(): void {
    window.print();
  }
}
