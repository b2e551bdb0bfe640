import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { Ssda903ImportDocument, Ssda903ImportsDocument, type Ssda903ImportQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { errorMessage, loadState } from '../../shared/ui/load-state';
import { ImportResultComponent } from './import-result.component';
import { importAnnouncement } from './import-summary-text';
import { ImportUpload } from './import-upload';

const FILES = [
  { field: 'header', label: 'Header file (header.csv)' },
  { field: 'episodes', label: 'Episodes file (episodes.csv)' },
  { field: 'reviews', label: 'Reviews file (reviews.csv)' },
] as const;
const OPTIONAL_FILES = [
  { field: 'missing', label: 'Missing from care file (missing.csv), optional' },
  { field: 'uasc', label: 'UASC file (uasc.csv), optional' },
] as const;
type Field = (typeof FILES)[number]['field'] | (typeof OPTIONAL_FILES)[number]['field'];

/** An LA manager imports their LA's SSDA903 return: upload with progress, then the result; past imports below. */
@Component({
  selector: 'app-import-page',
  imports: [DatePipe, ErrorSummaryComponent, ImportResultComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <h1 class="heading-l">Import your SSDA903 return</h1>
    <p class="body">Bring your children in care into Heard from the files you send the Department for Education. Every child whose latest period of care is open gets an advocate, or joins the waiting list. Rows that cannot be imported are listed with the reason; the rest are imported. Importing the same files again changes nothing.</p>
    <p class="body">The missing-from-care and UASC files are optional: without them, the missing episodes and asylum status Heard holds stay as they are.</p>
    <form novalidate (submit)="start($event)">
      @for (f of allFiles; track f.field) {
        <div class="form-group" [class.form-group--error]="fieldError(f.field)">
          <label class="label" [for]="f.field">{{ f.label }}</label>
          @if (fieldError(f.field); as message) { <p class="error-message" [id]="f.field + '-error'">{{ message }}</p> }
          <input class="file-upload" type="file" accept=".csv,text/csv" [id]="f.field" (change)="choose(f.field, $event)" />
        </div>
      }
      @if (uploading() !== null) {
        <label class="label" for="upload-progress">Sending the files: {{ uploading() }}%</label>
        <progress id="upload-progress" max="100" [value]="uploading()"></progress>
      }
      <button class="button" type="submit" [disabled]="uploading() !== null || running()">Import</button>
    </form>
    <p class="visually-hidden" role="status">{{ announcement() }}</p>
    @if (current(); as result) { <app-import-result [result]="result" /> }
    <h2 class="heading-m">Past imports</h2>
    @if ((past.data() ?? []).length === 0) {
      <p class="body">No imports yet.</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" aria-label="Past imports">
      <table class="table">
        <caption class="table__caption">Imports of your return, newest first</caption>
        <thead><tr><th scope="col">Started</th><th scope="col">By</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Rejected rows</th></tr></thead>
        <tbody>
          @for (i of past.data(); track i.id) {
            <tr><td><button class="link-button" type="button" (click)="show(i.id)">{{ i.startedAt | date: 'd MMMM y, HH:mm' }}</button></td><td>{{ i.importedBy }}</td>
              <td>{{ i.status === 'COMPLETED' ? (i.sameFilesAs ? 'Completed (same files as before)' : 'Completed') : i.status === 'RUNNING' ? 'Running' : 'Did not finish' }}</td>
              <td>{{ i.counts?.childrenCreated ?? '–' }}</td><td>{{ i.counts?.rowsRejected ?? '–' }}</td></tr>
          }
        </tbody>
      </table>
      </div>
    }
  `,
})
export class ImportPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly uploads = inject(ImportUpload);
  protected readonly allFiles = [...FILES, ...OPTIONAL_FILES];
  private readonly chosen: Partial<Record<Field, File>> = {};
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly uploading = signal<number | null>(null);
  protected readonly running = signal(false);
  protected readonly current = signal<Ssda903ImportQuery['ssda903Import'] | null>(null);
  /** One short sentence for screen readers when the import starts, finishes or fails, not the whole summary. */
  protected readonly announcement = computed(() => importAnnouncement(this.current()?.status ?? null));
  protected readonly past = loadState(async () => (await this.graphql.request(Ssda903ImportsDocument, {})).ssda903Imports);
  private stopped = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.stopped = true));
  }

  protected fieldError(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected choose(field: Field, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) delete this.chosen[field];
    else this.chosen[field] = file;
  }

  protected async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const missing = FILES.filter((f) => this.chosen[f.field] === undefined).map((f) => ({ fieldId: f.field, message: `Choose the ${f.field} file` }));
    this.errors.set(missing);
    const { header, episodes, reviews, missing: missingFile, uasc } = this.chosen;
    if (header === undefined || episodes === undefined || reviews === undefined) return;
    this.current.set(null);
    this.uploading.set(0);
    try {
      const id = await this.uploads.upload({ header, episodes, reviews, missing: missingFile, uasc }, (fraction) =>
        this.uploading.set(Math.round(fraction * 100)),
      );
      this.uploading.set(null);
      await this.follow(id);
    } catch (error: unknown) {
      this.uploading.set(null);
      this.errors.set([{ fieldId: 'header', message: error instanceof Error ? error.message : errorMessage(error) }]);
    }
  }

  protected async show(id: string): Promise<void> {
    await this.follow(id);
  }

  /** Polls the import until it finishes, showing its progress. */
  private async follow(id: string): Promise<void> {
    this.running.set(true);
    try {
      for (;;) {
        const result = (await this.graphql.request(Ssda903ImportDocument, { id })).ssda903Import;
        this.current.set(result);
        if (result.status !== 'RUNNING' || this.stopped) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await this.past.reload();
    } finally {
      this.running.set(false);
    }
  }
}
