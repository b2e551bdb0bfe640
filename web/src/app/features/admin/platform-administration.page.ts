import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';

@Component({
  selector: 'app-platform-administration-page',
  imports: [EmptyStateComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Platform administration</h1>
    <app-empty-state message="Nothing needs your attention yet.">
      <ul class="list">
        <li><a class="link" routerLink="/admin/users">Users</a></li>
        <li><a class="link" routerLink="/admin/local-authorities">Local authorities</a></li>
      </ul>
    </app-empty-state>
  `,
})
export class PlatformAdministrationPage {}
