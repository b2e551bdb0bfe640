import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ErrorSummaryComponent, type SummaryError } from './error-summary.component';

/** What a form says above itself: the error summary when it has problems, and a success banner once saved. */
@Component({
  selector: 'app-form-notices',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    @if (confirmation(); as text) {
      <div class="notification-banner notification-banner--success" role="status">
        <p class="notification-banner__title">Success</p>
        <p class="body">{{ text }}</p>
      </div>
    }
  `,
})
export class FormNoticesComponent {
  readonly errors = input.required<readonly SummaryError[]>();
  readonly confirmation = input<string | null>(null);
}
