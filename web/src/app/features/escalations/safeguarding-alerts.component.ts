import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AcknowledgeSafeguardingAlertDocument, type SafeguardingAlertFieldsFragment, SafeguardingAlertsWaitingDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { byDeadline, safeguardingAcknowledgedNotice } from './safeguarding-notices';

/**
 * At the top of an LA manager's children list: the LA's immediate safeguarding concerns waiting for acknowledgement,
 * earliest deadline first, each acknowledged with one button and confirmed in a success banner.
 */
@Component({
  selector: 'app-safeguarding-alerts',
  imports: [ErrorSummaryComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    @if (confirmation(); as text) {
      <div class="notification-banner notification-banner--success" role="status" tabindex="-1" id="safeguarding-confirmation">
        <p class="notification-banner__title">Success</p>
        <p class="body">{{ text }}</p>
      </div>
    }
    @if (alerts.error(); as problem) {
      <p class="body" role="alert">Safeguarding alerts could not be loaded: {{ problem }}</p>
    } @else if ((alerts.data() ?? []).length > 0) {
      <section class="warning-panel" aria-labelledby="safeguarding-alerts-title">
        <h2 class="heading-m" id="safeguarding-alerts-title">Immediate safeguarding concerns to acknowledge</h2>
        <ul class="list">
          @for (alert of alerts.data(); track alert.id) {
            <li>
              <p class="body">
                @if (alert.status === 'OVERDUE') { <strong class="tag tag--red">Overdue</strong> }
                <a class="link" [routerLink]="['/la/concerns', alert.concernId]">{{ alert.childName }}</a>:
                acknowledge {{ due(alert) }}.
              </p>
              <button class="button" type="button" [id]="'acknowledge-' + alert.id" [disabled]="saving()" (click)="acknowledge(alert)">
                Acknowledge<span class="visually-hidden"> the safeguarding concern about {{ alert.childName }}</span>
              </button>
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class SafeguardingAlertsComponent {
  private readonly graphql = inject(GraphqlClient);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly confirmation = signal<string | null>(null);
  protected readonly alerts = loadState(async () => (await this.graphql.request(SafeguardingAlertsWaitingDocument, {})).safeguardingAlertsWaiting);

  protected due(alert: SafeguardingAlertFieldsFragment): string {
    return byDeadline(alert.dueAt);
  }

  protected async acknowledge(alert: SafeguardingAlertFieldsFragment): Promise<void> {
    this.confirmation.set(null);
    const done = await submitForm(this.errors, this.saving, `acknowledge-${alert.id}`, async () => {
      await this.graphql.request(AcknowledgeSafeguardingAlertDocument, { alertId: alert.id });
    });
    await this.alerts.reload();
    if (done) {
      this.confirmation.set(safeguardingAcknowledgedNotice(alert));
      setTimeout(() => document.getElementById('safeguarding-confirmation')?.focus());
    }
  }
}
