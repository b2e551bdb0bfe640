import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ServiceStatus } from '../graphql/service-status.service';

/**
 * The GOV.UK notification banner shown while Heard cannot reach its database (or cannot be reached):
 * calm, announced politely (the status region is always there, so its content is read when it
 * appears), and never taking focus, so whatever is being typed carries on and stays.
 */
@Component({
  selector: 'app-service-status-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="service-status">
      @if (status.unavailable()) {
        <div class="notification-banner">
          <h2 class="notification-banner__title">Important</h2>
          <p class="body">Heard can't reach its database. Nothing you've typed is lost. Retrying…</p>
        </div>
      }
    </div>
  `,
})
export class ServiceStatusBannerComponent {
  protected readonly status = inject(ServiceStatus);
}
