import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Ssda903ImportQuery } from '@heard/graphql-types';
import { ImportSummaryComponent } from './import-summary.component';

type ImportResult = Ssda903ImportQuery['ssda903Import'];

/** An import's progress, then (once complete) its summary, or why it did not finish. */
@Component({
  selector: 'app-import-result',
  imports: [ImportSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    @if (r.status === 'RUNNING') {
      <h2 class="heading-m">Importing…</h2>
      <label class="label" for="import-progress">{{ r.childrenDone }} of {{ r.childrenTotal || '…' }} children imported</label>
      <progress id="import-progress" [value]="r.childrenDone" [max]="r.childrenTotal || 1"></progress>
    } @else if (r.status === 'FAILED') {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">The import did not finish</h2><p class="body">{{ r.failure }}</p></div>
    } @else {
      <app-import-summary [importId]="r.id" [sameFiles]="r.sameFilesAs !== null" />
    }
  `,
})
export class ImportResultComponent {
  readonly result = input.required<ImportResult>();
}
