import { ChangeDetectionStrategy, Component, DestroyRef, inject, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { reportingYearLabel, reportingYearsOffered } from '@heard/domain';
import { GenerateAnnualReportDocument, ReportJobDocument, ReportJobUpdatedDocument, type ReportJobFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { inputValue, submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';

/** How often the job is re-read, in case a pushed update was missed (e.g. the socket reconnected). */
const CATCH_UP_MS = 5_000;

/** Commissioner staff generate a report for a reporting year and watch its progress, pushed live. */
@Component({
  selector: 'app-generate-report',
  imports: [ErrorSummaryComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <h2 class="heading-m">Generate a report</h2>
    <form novalidate (submit)="generate($event)">
      <div class="form-group" [class.form-group--error]="errors().length > 0">
        <label class="label" for="year">Reporting year</label>
        <p class="hint" id="year-hint">Generating again makes a new version; earlier versions are kept. The current year can be reported to date: its figures are provisional.</p>
        @if (errors()[0]; as error) { <p class="error-message" id="year-error">{{ error.message }}</p> }
        <select class="select" id="year" aria-describedby="year-hint" (change)="year.set(+value($event))">
          @for (y of years; track y.year) { <option [value]="y.year" [selected]="y.year === year()">{{ y.label }}</option> }
        </select>
      </div>
      <button class="button" type="submit" [disabled]="saving() || running()">Generate report</button>
    </form>
    <div aria-live="polite">
      @if (job(); as j) {
        @switch (j.status) {
          @case ('DONE') {
            <div class="notification-banner notification-banner--success" role="status">
              <h3 class="notification-banner__title">Report generated</h3>
              <p class="body">The report for {{ label(j.year) }} is ready. <a class="link" [routerLink]="[j.reportId]">Read the report</a></p>
            </div>
          }
          @case ('FAILED') {
            <div class="error-summary" role="alert"><h3 class="error-summary__title">The report could not be generated</h3><p class="body">{{ j.failure ?? 'Please try again.' }}</p></div>
          }
          @default {
            <label class="label" for="report-progress">{{ j.status === 'QUEUED' ? 'Waiting to start…' : 'Generating: ' + j.progress + '%' }}</label>
            <progress id="report-progress" max="100" [value]="j.progress"></progress>
          }
        }
      }
    </div>
  `,
})
export class GenerateReportComponent {
  private readonly graphql = inject(GraphqlClient);
  private readonly live = inject(LiveUpdates);
  private readonly destroyRef = inject(DestroyRef);
  /** Emitted when a job finishes, so the list of versions can reload. */
  readonly finished = output<ReportJobFieldsFragment>();
  /** The current reporting year to date (provisional), then the last five complete years; the last complete one is chosen. */
  protected readonly years = reportingYearsOffered(todayIso());
  protected readonly year = signal(this.years.find((y) => !y.provisional)?.year ?? 2025);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly running = signal(false);
  protected readonly job = signal<ReportJobFieldsFragment | null>(null);
  /** The year as the list names it ("2026 to 2027 (year to date, provisional)" for the current one). */
  protected readonly label = (year: number) => this.years.find((y) => y.year === year)?.label ?? reportingYearLabel(year);
  protected readonly value = inputValue;
  private stopWatching: () => void = () => undefined;
  private catchUp: ReturnType<typeof setInterval> | undefined;

  constructor() {
    this.destroyRef.onDestroy(() => this.stop());
  }

  protected async generate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.stop();
    this.job.set(null);
    await submitForm(this.errors, this.saving, 'year', async () => {
      this.follow((await this.graphql.request(GenerateAnnualReportDocument, { year: this.year() })).generateAnnualReport);
    });
  }

  /** Shows the job's progress as it is pushed, re-reading it now and then in case an update was missed. */
  private follow(job: ReportJobFieldsFragment): void {
    this.running.set(true);
    this.update(job);
    this.stopWatching = this.live.watch(ReportJobUpdatedDocument, { jobId: job.id }, (data) => this.update(data.reportJobUpdated), this.destroyRef);
    this.catchUp = setInterval(() => void this.refresh(job.id), CATCH_UP_MS);
    void this.refresh(job.id);
  }

  private async refresh(id: string): Promise<void> {
    try {
      this.update((await this.graphql.request(ReportJobDocument, { id })).reportJob);
    } catch {
      // The pushed updates carry on; the next re-read tries again.
    }
  }

  private update(job: ReportJobFieldsFragment): void {
    const shown = this.job();
    if (!this.running() || (shown !== null && shown.id === job.id && rank(shown) > rank(job))) return;
    this.job.set(job);
    if (job.status === 'DONE' || job.status === 'FAILED') {
      this.stop();
      this.finished.emit(job);
    }
  }

  private stop(): void {
    this.running.set(false);
    this.stopWatching();
    this.stopWatching = () => undefined;
    clearInterval(this.catchUp);
  }
}

/** Orders a job's states so an older answer arriving late never replaces a newer one. */
function rank(job: ReportJobFieldsFragment): number {
  const order = job.status === 'DONE' || job.status === 'FAILED' ? 2 : job.status === 'RUNNING' ? 1 : 0;
  return order * 1000 + job.progress;
}
