import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DataProtectionChildDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { RecordRetentionComponent, type RetentionChange } from '../record-retention/record-retention.component';
import { RetentionSummaryComponent } from '../record-retention/retention-summary.component';

/**
 * One child's record as the data protection officer of their LA looks after it: who the child is, how long the
 * record is kept (a date of death, a legal hold), and the ways to the child's rights over it.
 */
@Component({
  selector: 'app-data-protection-child-page',
  imports: [RecordRetentionComponent, RetentionSummaryComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="/data-protection">Back to children's records</a>
    @if (page.loading() && !page.data()) {
      <p class="body" role="status" aria-live="polite">Loading the record…</p>
    } @else if (page.error(); as message) {
      <h1 class="heading-l">Record not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as c) {
      @if (notice(); as text) {
        <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
      }
      <span class="caption-l">Data protection</span>
      <h1 class="heading-l">{{ c.name }}</h1>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>LA reference</dt><dd>{{ c.laChildRef }}</dd></div>
        <div class="summary-list__row"><dt>Date of birth</dt><dd>{{ c.dateOfBirth | ukDate }}</dd></div>
        <div class="summary-list__row">
          <dt>Record kept until</dt>
          <dd><app-retention-summary [retention]="c.retention" /></dd>
        </div>
      </dl>
      <h2 class="heading-m">The child's rights over their record</h2>
      <ul class="list">
        <li><a class="link" [routerLink]="['/data-protection', 'children', c.childId, 'who-has-seen']">Who has seen this record</a></li>
        <li><a class="link" [routerLink]="['/data-protection', 'children', c.childId, 'copy']">A copy of the record (subject access)</a></li>
      </ul>
      <app-record-retention [childId]="c.childId" [childName]="c.name" [retention]="c.retention" (changed)="retentionChanged($event)" />
    }
  `,
})
export class DataProtectionChildPage {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly notice = signal<string | null>(null);
  protected readonly page = loadState(async () => (await this.graphql.request(DataProtectionChildDocument, { childId: this.id() })).dataProtectionChild);

  constructor() {
    titleForRecord(() => this.page.data()?.name ?? null);
  }

  protected retentionChanged(change: RetentionChange): void {
    const child = this.page.data();
    if (child !== null) this.page.set({ ...child, retention: change.retention });
    this.notice.set(change.message);
  }
}
