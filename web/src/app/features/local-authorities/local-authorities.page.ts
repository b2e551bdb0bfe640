import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';

@Component({
  selector: 'app-local-authorities-page',
  imports: [EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Local authorities</h1>
    <app-empty-state message="There are no local authorities to manage here yet." />
  `,
})
export class LocalAuthoritiesPage {}
