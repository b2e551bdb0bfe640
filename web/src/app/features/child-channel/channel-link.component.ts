import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { ChildChannelDocument, CreateChildChannelLinkDocument, RevokeChildChannelLinkDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { ukDateOfInstant } from '../../shared/ui/uk-date';
import { qrDrawing, type QrDrawing } from './qr-code';

/**
 * On the "my advocate" card, for the child's advocate: the child's secret link and its QR code. Only a hash of the
 * link is kept, so it can be shown only when it is made; making a new one stops the old one working.
 */
@Component({
  selector: 'app-channel-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .channel-qr { width: 10rem; height: 10rem; display: block; margin-bottom: 1rem; }
    .channel-link { overflow-wrap: anywhere; }
  `,
  template: `
    <h2 class="heading-m">Your own page</h2>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success no-print" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    @if (error(); as message) {
      <div class="error-summary no-print" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    }
    @if (link(); as l) {
      <p class="body">You can send a message to your advocate, or ask them to call you, from your own page. Scan the code or type the link:</p>
      <svg class="channel-qr" role="img" aria-label="QR code for your own page" [attr.viewBox]="'0 0 ' + l.qr.size + ' ' + l.qr.size" shape-rendering="crispEdges">
        <rect [attr.width]="l.qr.size" [attr.height]="l.qr.size" fill="#fff" />
        <path [attr.d]="l.qr.path" fill="#0b0c0c" />
      </svg>
      <p class="body channel-link"><strong>{{ l.url }}</strong></p>
      <p class="body">Keep this link to yourself. It only works for you.</p>
    } @else if (liveSince(); as since) {
      <p class="body no-print">A secret link made on {{ dateOf(since) }} is working. For your privacy it cannot be shown again: to print it on this card, make a new one (the old one will stop working).</p>
    } @else {
      <p class="body no-print">There is no secret link yet. Make one to print its link and QR code on this card.</p>
    }
    <div class="button-group no-print">
      <button class="button button--secondary" type="button" [disabled]="busy()" (click)="create()">{{ liveSince() || link() ? 'Make a new secret link' : 'Make a secret link' }}</button>
      @if (liveSince() || link()) {
        <button class="button button--warning" type="button" [disabled]="busy()" (click)="revoke()">Stop the link working</button>
      }
    </div>
  `,
})
export class ChannelLinkComponent implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  protected readonly link = signal<{ url: string; qr: QrDrawing } | null>(null);
  protected readonly liveSince = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly dateOf = ukDateOfInstant;

  ngOnInit(): void {
    void this.run(async () => {
      const channel = (await this.graphql.request(ChildChannelDocument, { childId: this.childId() })).childChannel;
      this.liveSince.set(channel.liveLinkCreatedAt);
    });
  }

  protected create(): Promise<void> {
    return this.run(async () => {
      const made = (await this.graphql.request(CreateChildChannelLinkDocument, { childId: this.childId() })).createChildChannelLink;
      const url = `${window.location.origin}${made.path}`;
      this.link.set({ url, qr: qrDrawing(url) });
      this.liveSince.set(made.createdAt);
      this.notice.set('Secret link made. Print the card now: the link cannot be shown again.');
    });
  }

  protected revoke(): Promise<void> {
    return this.run(async () => {
      await this.graphql.request(RevokeChildChannelLinkDocument, { childId: this.childId() });
      this.link.set(null);
      this.liveSince.set(null);
      this.notice.set('The secret link no longer works.');
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await work();
      this.error.set(null);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    } finally {
      this.busy.set(false);
    }
  }
}
