import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { reportingPeriodTitle } from '@heard/domain';
import { AnnualReportsDocument, type AnnualReportFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { GenerateReportComponent } from './generate-report.component';

/** The published annual reports, newest first; Commissioner staff also generate them here. */
@Component({
  selector: 'app-reports-page',
  imports: [DatePipe, EmptyStateComponent, GenerateReportComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Annual advocacy report</h1>
    <p class="body">Each year the Children's Commissioner publishes the themes advocates found, nationally and for each local authority, so that local authorities act on them. Small counts are replaced by a marker, so that no child can be identified.</p>
    @if (canGenerate()) { <app-generate-report (finished)="reports.reload()" /> }
    <h2 class="heading-m">Published reports</h2>
    @if (reports.loading() && reports.data() === null) {
      <p class="body" role="status">Loading reports…</p>
    } @else if (reports.error(); as error) {
      <div class="error-summary" role="alert"><h3 class="error-summary__title">There is a problem</h3><p class="body">{{ error }}</p></div>
    } @else if ((reports.data() ?? []).length === 0) {
      <app-empty-state [message]="canGenerate() ? 'No report has been generated yet. Generate one above.' : 'No report has been published yet.'" />
    } @else {
      <table class="table table--stack">
        <caption class="table__caption">Report versions, newest first</caption>
        <thead><tr><th scope="col">Reporting year</th><th scope="col">Version</th><th scope="col">Generated</th><th scope="col">By</th></tr></thead>
        <tbody>
          @for (r of reports.data(); track r.id) {
            <tr>
              <td data-label="Reporting year"><a class="link" [routerLink]="[r.id]">{{ period(r) }}<span class="visually-hidden">, version {{ r.version }}</span></a></td>
              <td data-label="Version">{{ r.version }}</td>
              <td data-label="Generated">{{ r.createdAt | date: 'd MMMM y, HH:mm' }}</td>
              <td data-label="By">{{ r.generatedBy }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class ReportsPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  protected readonly canGenerate = computed(() => this.session.user()?.role === 'COMMISSIONER_STAFF');
  protected readonly reports = loadState(async () => (await this.graphql.request(AnnualReportsDocument, {})).annualReports);
  protected readonly period = reportPeriodTitle;
}

/** "1 April 2025 to 31 March 2026", or "1 April 2026 to 1 December 2026 (year to date, provisional)". */
export function reportPeriodTitle(r: Pick<AnnualReportFieldsFragment, 'year' | 'periodStart' | 'periodEnd' | 'provisional'>): string {
  return reportingPeriodTitle({ year: r.year, from: r.periodStart, to: r.periodEnd, provisional: r.provisional });
}
