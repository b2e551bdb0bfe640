import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MarkNotificationsReadDocument, NotificationAddedDocument, NotificationsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { errorMessage, loadState } from '../../shared/ui/load-state';
import { UnreadCountStore } from './unread-count.store';

/** The signed-in user's notifications, newest first, updated live. */
@Component({
  selector: 'app-notifications-page',
  imports: [DatePipe, EmptyStateComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Notifications</h1>
    @if (problem(); as message) { <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div> }
    <div aria-live="polite">
      @if (list.loading() && !list.data()) {
        <p class="body" role="status">Loading notifications…</p>
      } @else if (list.error(); as error) {
        <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
      } @else if (list.data(); as data) {
        @if (data.notifications.length === 0) {
          <app-empty-state message="You have no notifications." />
        } @else {
          @if (data.unreadNotificationCount > 0) {
            <button class="button button--secondary" type="button" [disabled]="marking()" (click)="markAllRead()">Mark all {{ data.unreadNotificationCount }} as read</button>
          }
          <ul class="list">
            @for (n of data.notifications; track n.id) {
              <li class="notification-item">
                @if (!n.read) { <strong class="tag tag--blue">New</strong> }
                <a class="link" [routerLink]="n.link">{{ n.message }}</a>
                <span class="hint"> · {{ n.createdAt | date: 'd MMMM y, HH:mm' }}</span>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
})
export class NotificationsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly list = loadState(() => this.graphql.request(NotificationsDocument, {}));
  protected readonly marking = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly unread = inject(UnreadCountStore);

  constructor() {
    inject(LiveUpdates).watch(NotificationAddedDocument, {}, () => void this.list.reload(), inject(DestroyRef));
  }

  protected async markAllRead(): Promise<void> {
    this.marking.set(true);
    try {
      await this.graphql.request(MarkNotificationsReadDocument, {});
      await this.unread.refresh();
      await this.list.reload();
      this.problem.set(null);
    } catch (error: unknown) {
      this.problem.set(errorMessage(error));
    } finally {
      this.marking.set(false);
    }
  }
}
