import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { Ssda903ImportQuery } from '@heard/graphql-types';
import { ImportUpload } from './import-upload';

type ImportResult = Ssda903ImportQuery['ssda903Import'];

/** An import's progress, then its counts and the rows it rejected. */
@Component({
  selector: 'app-import-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    @if (r.status === 'RUNNING') {
      <h2 class="heading-m">Importing…</h2>
      <label class="label" for="import-progress">{{ r.childrenDone }} of {{ r.childrenTotal || '…' }} children imported</label>
      <progress id="import-progress" [value]="r.childrenDone" [max]="r.childrenTotal || 1"></progress>
    } @else if (r.status === 'FAILED') {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">The import did not finish</h2><p class="body">{{ r.failure }}</p></div>
    } @else if (r.counts; as c) {
      <h2 class="heading-m">Import complete</h2>
      @if (r.sameFilesAs) { <div class="notification-banner" role="status"><p class="body">These are the same files as an earlier import: nothing changed.</p></div> }
      <dl class="summary-list">
        <div class="summary-list__row"><dt class="summary-list__key">Children created</dt><dd class="summary-list__value">{{ c.childrenCreated }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children updated</dt><dd class="summary-list__value">{{ c.childrenUpdated }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children unchanged</dt><dd class="summary-list__value">{{ c.childrenUnchanged }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Periods of care</dt><dd class="summary-list__value">{{ c.periodsOfCare }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children given an advocate</dt><dd class="summary-list__value">{{ c.childrenAssigned }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Children waiting for an advocate</dt><dd class="summary-list__value">{{ c.childrenQueued }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Advocacy ended (left care)</dt><dd class="summary-list__value">{{ c.assignmentsEnded }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Reviews recorded as meetings</dt><dd class="summary-list__value">{{ c.meetingsRecorded }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Short breaks (not care)</dt><dd class="summary-list__value">{{ c.shortBreaksSkipped }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Rows read</dt><dd class="summary-list__value">{{ c.rowsRead }}</dd></div>
        <div class="summary-list__row"><dt class="summary-list__key">Rows rejected</dt><dd class="summary-list__value">{{ c.rowsRejected }}</dd></div>
      </dl>
      @if (r.rejections.length > 0) {
        <button class="button button--secondary" type="button" (click)="download(r.id)">Download the rejected rows (CSV)</button>
        @if (downloadProblem(); as problem) { <p class="error-message" role="alert">{{ problem }}</p> }
        <table class="table">
          <caption class="table__caption">Rejected rows{{ c.rowsRejected > r.rejections.length ? ' (the first ' + r.rejections.length + ')' : '' }}</caption>
          <thead><tr><th scope="col">File</th><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Reason</th></tr></thead>
          <tbody>
            @for (x of r.rejections; track $index) { <tr><td>{{ x.file }}.csv</td><td>{{ x.rowNumber }}</td><td>{{ x.column }}</td><td>{{ x.reason }}</td></tr> }
          </tbody>
        </table>
      }
    }
  `,
})
export class ImportResultComponent {
  private readonly uploads = inject(ImportUpload);
  readonly result = input.required<ImportResult>();
  protected readonly downloadProblem = signal<string | null>(null);

  protected async download(id: string): Promise<void> {
    try {
      await this.uploads.downloadRejections(id);
      this.downloadProblem.set(null);
    } catch (error: unknown) {
      this.downloadProblem.set(error instanceof Error ? error.message : 'The rejected rows could not be downloaded.');
    }
  }
}
