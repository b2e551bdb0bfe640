import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { provisionalNotice } from '@heard/domain';
import { AnnualReportDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { AuthenticatedFiles } from '../../core/http/authenticated-files.service';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { loadState } from '../../shared/ui/load-state';
import { reportPeriodTitle } from './reports.page';

type Scope = 'national' | 'la';

/**
 * One report version: the report itself (its own accessible HTML, shown in a sandboxed frame with no
 * scripts), and downloads of the PDF and each table as CSV. An LA manager can switch to their LA's section.
 */
@Component({
  selector: 'app-report-page',
  imports: [DatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="..">All reports</a>
    @if (report.loading() && report.data() === null) {
      <p class="body" role="status">Loading the report…</p>
    } @else if (report.error(); as error) {
      <div class="error-summary" role="alert"><h1 class="error-summary__title">There is a problem</h1><p class="body">{{ error }}</p></div>
    } @else if (report.data(); as r) {
      <span class="caption-l">{{ period(r) }}</span>
      <h1 class="heading-l">Annual advocacy report</h1>
      @if (r.provisional) {
        <div class="notification-banner" role="note" aria-labelledby="provisional-title">
          <h2 class="notification-banner__title" id="provisional-title">{{ notice(r) }}</h2>
          <p class="body">The reporting year was not over when this report was generated, so its figures will change. Generate the report again after 31 March for the final figures.</p>
        </div>
      }
      <dl class="summary-list">
        <div class="summary-list__row"><dt>Version</dt><dd>{{ r.version }}</dd></div>
        <div class="summary-list__row"><dt>Generated</dt><dd>{{ r.createdAt | date: 'd MMMM y, HH:mm' }} by {{ r.generatedBy }}</dd></div>
        <div class="summary-list__row"><dt>Checksum (SHA-256)</dt><dd class="checksum">{{ r.checksum }}</dd></div>
      </dl>
      @if (r.ownLocalAuthority; as la) {
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Which figures do you want to read?</legend>
          <div class="radios radios--inline">
            <div class="radios__item"><input class="radios__input" type="radio" id="scope-national" name="scope" [checked]="scope() === 'national'" (change)="scope.set('national')" /><label class="radios__label label" for="scope-national">England</label></div>
            <div class="radios__item"><input class="radios__input" type="radio" id="scope-la" name="scope" [checked]="scope() === 'la'" (change)="scope.set('la')" /><label class="radios__label label" for="scope-la">{{ la }}</label></div>
          </div>
        </fieldset>
      }
      <h2 class="heading-m">Download</h2>
      @if (downloadError(); as error) { <div class="error-summary" role="alert"><h3 class="error-summary__title">There is a problem</h3><p class="body">{{ error }}</p></div> }
      <p class="body"><button class="button button--secondary" type="button" [disabled]="downloading()" (click)="downloadPdf(yearName(r))">Download the report (PDF)</button></p>
      <details class="details">
        <summary class="details__summary">Download a table as CSV</summary>
        <ul class="list">
          @for (t of r.tables; track t.id) {
            <li><button class="link-button" type="button" [disabled]="downloading()" (click)="downloadCsv(yearName(r), t.id)">{{ t.caption }} (CSV)</button></li>
          }
        </ul>
      </details>
      <h2 class="heading-m">{{ scope() === 'la' ? r.ownLocalAuthority : 'England' }}</h2>
      <div aria-live="polite">
        @if (frameError(); as error) {
          <div class="error-summary" role="alert"><h3 class="error-summary__title">There is a problem</h3><p class="body">{{ error }}</p></div>
        } @else if (frame(); as url) {
          <iframe class="report-frame" sandbox="" [src]="url" [title]="'Annual advocacy report, ' + period(r)"></iframe>
        } @else {
          <p class="body" role="status">Loading the report…</p>
        }
      </div>
    }
  `,
})
export class ReportPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly files = inject(AuthenticatedFiles);
  private readonly sanitizer = inject(DomSanitizer);
  readonly id = input.required<string>();
  protected readonly scope = signal<Scope>('national');
  protected readonly report = loadState(async () => (await this.graphql.request(AnnualReportDocument, { id: this.id() })).annualReport);
  protected readonly frame = signal<SafeResourceUrl | null>(null);
  protected readonly frameError = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly period = reportPeriodTitle;
  protected readonly notice = (r: { year: number; periodStart: string; periodEnd: string; provisional: boolean }) =>
    provisionalNotice({ year: r.year, from: r.periodStart, to: r.periodEnd, provisional: r.provisional });
  /** `2025`, or `2026-year-to-date`, in download names (as the API names them). */
  protected readonly yearName = (r: { year: number; provisional: boolean }) => (r.provisional ? `${r.year}-year-to-date` : String(r.year));
  private readonly query = computed(() => (this.scope() === 'la' ? '?scope=la' : ''));
  private objectUrl: string | null = null;

  constructor() {
    titleForRecord(() => {
      const report = this.report.data();
      return report === null ? null : `Annual advocacy report, ${reportPeriodTitle(report)}`;
    });
    effect(() => {
      const report = this.report.data();
      if (report !== null) void this.showReport(report.id, this.query());
    });
    inject(DestroyRef).onDestroy(() => this.releaseFrame());
  }

  protected downloadPdf(year: string): Promise<void> {
    return this.download(`report.pdf`, `heard-annual-report-${year}${this.suffix()}.pdf`, 'The PDF could not be downloaded. Please try again.');
  }

  protected downloadCsv(year: string, tableId: string): Promise<void> {
    return this.download(`tables/${tableId}.csv`, `heard-${year}${this.suffix()}-${tableId}.csv`, 'The table could not be downloaded. Please try again.');
  }

  private async download(file: string, fileName: string, failure: string): Promise<void> {
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      await this.files.download(`/api/reports/${this.id()}/${file}${this.query()}`, fileName, failure);
    } catch (problem: unknown) {
      this.downloadError.set(problem instanceof Error ? problem.message : failure);
    } finally {
      this.downloading.set(false);
    }
  }

  private async showReport(id: string, query: string): Promise<void> {
    this.releaseFrame();
    this.frameError.set(null);
    try {
      const html = await this.files.blob(`/api/reports/${id}/report.html${query}`, 'The report could not be shown. Please try again.');
      if (query !== this.query()) return;
      this.objectUrl = URL.createObjectURL(html);
      this.frame.set(this.sanitizer.bypassSecurityTrustResourceUrl(this.objectUrl));
    } catch (problem: unknown) {
      this.frameError.set(problem instanceof Error ? problem.message : 'The report could not be shown. Please try again.');
    }
  }

  private releaseFrame(): void {
    this.frame.set(null);
    if (this.objectUrl !== null) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }

  private suffix(): string {
    return this.scope() === 'la' ? '-local-authority' : '';
  }
}
