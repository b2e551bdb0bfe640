import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotificationAddedDocument } from '@heard/graphql-types';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { UnreadCountStore } from './unread-count.store';

/** The header's link to notifications, with the unread count kept live. */
@Component({
  selector: 'app-notification-badge',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="header__sign-out" routerLink="/notifications">
      Notifications@if (store.unread() > 0) { <span class="notification-badge">{{ store.unread() }}<span class="visually-hidden"> unread</span></span> }
    </a>
  `,
})
export class NotificationBadgeComponent {
  protected readonly store = inject(UnreadCountStore);

  constructor() {
    void this.store.refresh();
    inject(LiveUpdates).watch(NotificationAddedDocument, {}, () => this.store.increment(), inject(DestroyRef));
  }
}
