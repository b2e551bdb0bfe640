import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatLondonTime } from '@heard/domain';
import {
  MySubjectAccessExportsDocument,
  RequestSubjectAccessExportDocument,
  SubjectAccessExportProgressDocument,
  type SubjectAccessExportFieldsFragment,
} from '@heard/graphql-types';
import { AuthenticatedFiles } from '../../core/http/authenticated-files.service';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { ukDateOfInstant } from '../../shared/ui/uk-date';

/** How often a copy being made is asked about again. */
const PROGRESS_MS = 1_500;

/** When, in London: "3 March 2026 at 14:05 GMT". */
function londonWhen(value: string | null): string {
  return value === null ? '' : `${ukDateOfInstant(value)} at ${formatLondonTime(new Date(value))}`;
}

/**
 * A copy of everything Heard holds about one child (subject access), for the data protection officer of the child's
 * LA: asked for, made in the background with its progress shown, downloaded once, and removed after its keeping days.
 */
@Component({
  selector: 'app-subject-access-page',
  imports: [ErrorSummaryComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/data-protection', 'children', id()]">Back to the child's record</a>
    <span class="caption-l">Data protection</span>
    <h1 class="heading-l">A copy of the child's record</h1>
    <p class="body">
      Heard makes one ZIP file with everything it holds about the child: a readable PDF and the same in machine-readable JSON. Other people's personal data is
      marked for you to review before the copy is given to anyone. You can download each copy once; it is removed after its keeping days if you do not.
    </p>
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    <button class="button" type="button" id="request" [disabled]="saving() || making()" (click)="request()">Make a copy of the record</button>
    @if (list.loading() && !list.data()) {
      <p class="body" role="status" aria-live="polite">Loading the copies you asked for…</p>
    } @else if (list.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else {
      <h2 class="heading-m">Copies you asked for</h2>
      <div aria-live="polite">
        @for (e of copies(); track e.id) {
          <div class="summary-card">
            <h3 class="heading-s">Asked for on {{ when(e.requestedAt) }}</h3>
            @switch (e.status) {
              @case ('READY') {
                <p class="body">Ready. It is removed on {{ when(e.expiresAt) }} if it is not downloaded first.</p>
                <button class="button button--secondary" type="button" [disabled]="downloading()" (click)="download(e)">
                  Download the copy (ZIP, {{ kilobytes(e.sizeBytes) }})
                </button>
              }
              @case ('DOWNLOADED') {
                <p class="body">Downloaded on {{ when(e.downloadedAt) }}. It can be downloaded only once: make a new copy if you need another.</p>
              }
              @case ('EXPIRED') {
                <p class="body">Removed when its keeping days ran out, without being downloaded.</p>
              }
              @case ('FAILED') {
                <p class="body">The copy could not be made: {{ e.failure ?? 'please try again' }}.</p>
              }
              @default {
                <label class="label" [for]="'progress-' + e.id">{{ e.status === 'QUEUED' ? 'Waiting to start…' : 'Making the copy: ' + e.progress + '%' }}</label>
                <progress [id]="'progress-' + e.id" max="100" [value]="e.progress"></progress>
              }
            }
          </div>
        } @empty {
          <p class="body">You have not asked for a copy of this record yet.</p>
        }
      </div>
    }
  `,
})
export class SubjectAccessPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly files = inject(AuthenticatedFiles);
  readonly id = input.required<string>();
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly downloading = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly when = londonWhen;
  protected readonly list = loadState(async () => (await this.graphql.request(MySubjectAccessExportsDocument, {})).mySubjectAccessExports);
  /** This child's copies, newest first. */
  protected readonly copies = computed(() =>
    (this.list.data() ?? []).filter((e) => e.childId === this.id()).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)),
  );
  protected readonly making = computed(() => this.copies().some((e) => e.status === 'QUEUED' || e.status === 'RUNNING'));
  private readonly timer = setInterval(() => void this.follow(), PROGRESS_MS);

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.timer));
  }

  protected kilobytes(bytes: number | null): string {
    return `${Math.max(1, Math.round((bytes ?? 0) / 1024)).toLocaleString('en-GB')} KB`;
  }

  protected async request(): Promise<void> {
    this.notice.set(null);
    await submitForm(this.errors, this.saving, 'request', async () => {
      const made = (await this.graphql.request(RequestSubjectAccessExportDocument, { childId: this.id() })).requestSubjectAccessExport;
      this.replace(made);
      this.notice.set(`A copy of ${made.childName}'s record is being made. This page shows its progress; you can leave it and come back.`);
    });
  }

  protected async download(e: SubjectAccessExportFieldsFragment): Promise<void> {
    if (e.downloadPath === null) return;
    this.downloading.set(true);
    this.errors.set([]);
    try {
      const name = `record-of-${e.childName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.zip`;
      await this.files.download(e.downloadPath, name, 'The copy could not be downloaded. It may already have been downloaded or removed.');
      this.notice.set(`The copy of ${e.childName}'s record was downloaded. Heard no longer keeps it.`);
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: 'request', message: problem instanceof Error ? problem.message : String(problem) }]);
    } finally {
      this.downloading.set(false);
      await this.list.reload();
    }
  }

  /** While a copy is being made, asks about it again and shows its progress. */
  private async follow(): Promise<void> {
    const pending = this.copies().filter((e) => e.status === 'QUEUED' || e.status === 'RUNNING');
    for (const e of pending) {
      this.replace((await this.graphql.request(SubjectAccessExportProgressDocument, { id: e.id })).subjectAccessExport);
    }
  }

  private replace(e: SubjectAccessExportFieldsFragment): void {
    this.list.set([e, ...(this.list.data() ?? []).filter((x) => x.id !== e.id)]);
  }
}
