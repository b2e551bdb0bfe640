import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { roleLabel } from '../auth/roles';
import { SessionService } from '../auth/session.service';
import { NotificationBadgeComponent } from '../../features/notifications/notification-badge.component';
import { PrimaryNavComponent } from './primary-nav.component';

@Component({
  selector: 'app-header',
  imports: [NotificationBadgeComponent, RouterLink, PrimaryNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <div class="page-width header__container">
        <a class="header__service-name" routerLink="/">Heard</a>
        @if (user(); as user) {
          <div class="header__account">
            <p class="header__user">
              Signed in as <strong>{{ user.displayName }}</strong>
              <span class="header__role">{{ role() }}</span>
            </p>
            <app-notification-badge />
            <button type="button" class="header__sign-out" [disabled]="signingOut()" (click)="signOut()">
              Sign out
            </button>
          </div>
        }
      </div>
    </header>
    @if (user(); as user) {
      <app-primary-nav [role]="user.role" />
    }
  `,
})
export class HeaderComponent {
  private readonly session = inject(SessionService);
  protected readonly user = this.session.user;
  protected readonly role = computed(() => {
    const user = this.user();
    return user === null ? '' : roleLabel(user.role);
  });
  protected readonly signingOut = signal(false);

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.session.logout();
    } finally {
      this.signingOut.set(false);
    }
  }
}
