import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Role } from '@heard/graphql-types';
import { PRIMARY_NAV } from './navigation';

@Component({
  selector: 'app-primary-nav',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="service-nav" aria-label="Primary">
      <div class="page-width">
        <ul class="service-nav__list">
          @for (item of items(); track item.path) {
            <li class="service-nav__item">
              <a
                class="service-nav__link"
                [routerLink]="item.path"
                routerLinkActive="service-nav__link--active"
                [routerLinkActiveOptions]="{ exact: item.exact }"
                ariaCurrentWhenActive="page"
                >{{ item.label }}</a
              >
            </li>
          }
        </ul>
      </div>
    </nav>
  `,
})
export class PrimaryNavComponent {
  readonly role = input.required<Role>();
  protected readonly items = computed(() => PRIMARY_NAV[this.role()]);
}
