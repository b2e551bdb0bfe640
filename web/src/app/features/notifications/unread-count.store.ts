import { Injectable, inject, signal } from '@angular/core';
import { UnreadNotificationCountDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';

/** The signed-in user's unread notification count, shared by the header badge and the notifications page. */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly graphql = inject(GraphqlClient);
  private readonly count = signal(0);
  readonly unread = this.count.asReadonly();

  async refresh(): Promise<void> {
    try {
      this.count.set((await this.graphql.request(UnreadNotificationCountDocument, {})).unreadNotificationCount);
    } catch {
      // The count is a convenience; the notifications page shows any problem loading them.
    }
  }

  increment(): void {
    this.count.update((n) => n + 1);
  }
}
