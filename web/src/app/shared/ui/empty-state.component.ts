import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What a list page shows when there is nothing in it yet. */
@Component({
  selector: 'app-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty-state">
      <p class="body empty-state__message">{{ message() }}</p>
      <ng-content />
    </div>
  `,
})
export class EmptyStateComponent {
  readonly message = input.required<string>();
}
