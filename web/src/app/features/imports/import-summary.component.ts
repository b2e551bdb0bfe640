import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Ssda903ImportSummaryDocument, type Ssda903ImportSummaryQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { AuthenticatedFiles } from '../../core/http/authenticated-files.service';
import { errorMessage } from '../../shared/ui/load-state';
import { FindingGroupsComponent } from './finding-groups.component';
import { offersDueText } from './import-summary-text';

type Summary = Ssda903ImportSummaryQuery['ssda903Import'];

/** A completed import, for the LA manager to act on: what Heard did, what was imported, and what needs fixing, grouped by reason. */
@Component({
  selector: 'app-import-summary',
  imports: [FindingGroupsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel">
      <h2 class="panel__title">Import complete</h2>
      @if (sameFiles()) {
        <p class="panel__body">These are the same files as an earlier import: nothing changed.</p>
      }
    </div>
    @if (problem(); as message) {
      <p class="error-message" role="alert">{{ message }}</p>
    }
    @if (summary(); as s) {
      @if (s.summary.heardDid; as did) {
        <h3 class="heading-m">What Heard did</h3>
        <dl class="summary-list">
          <div class="summary-list__row"><dt class="summary-list__key">Children created</dt><dd class="summary-list__value">{{ did.childrenCreated }}</dd></div>
          <div class="summary-list__row"><dt class="summary-list__key">Children updated</dt><dd class="summary-list__value">{{ did.childrenUpdated }}</dd></div>
          <div class="summary-list__row"><dt class="summary-list__key">Children given an advocate</dt><dd class="summary-list__value">{{ did.childrenAssigned }}</dd></div>
          <div class="summary-list__row"><dt class="summary-list__key">Children waiting for an advocate</dt><dd class="summary-list__value">{{ did.childrenQueued }}</dd></div>
          <div class="summary-list__row"><dt class="summary-list__key">Advocacy ended (left care)</dt><dd class="summary-list__value">{{ did.assignmentsEnded }}</dd></div>
          <div class="summary-list__row"><dt class="summary-list__key">Reviews recorded as meetings</dt><dd class="summary-list__value">{{ did.reviewsRecorded }}</dd></div>
          @if (did.offersDue; as due) {
            <div class="summary-list__row"><dt class="summary-list__key">Offers of advocacy due</dt><dd class="summary-list__value">{{ offersDue(due) }}</dd></div>
          }
        </dl>
      }
      @if (s.counts; as c) {
        @if (c.files.length > 0) {
          <h3 class="heading-m">What was imported</h3>
          <div class="table-scroll" role="region" tabindex="0" aria-label="Rows of each file">
            <table class="table">
              <caption class="table__caption">Rows of each file</caption>
              <thead><tr><th scope="col">File</th><th scope="col">Rows read</th><th scope="col">Imported</th><th scope="col">Skipped</th><th scope="col">Rejected</th></tr></thead>
              <tbody>
                @for (f of c.files; track f.file) {
                  <tr><td>{{ f.file }}.csv</td><td>{{ f.rowsRead }}</td><td>{{ f.imported }}</td><td>{{ f.skipped }}</td><td>{{ f.rejected }}</td></tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
      <h3 class="heading-m">What needs fixing in your case system</h3>
      @if (s.summary.needsFixing.length === 0) {
        <p class="body">Nothing needs fixing.</p>
      } @else {
        <p class="body">These rows were not imported. Correct them in your case system; they are imported with your next return.</p>
      }
      @if (s.summary.needsFixing.length + s.summary.skipped.length + s.summary.warnings.length > 0) {
        <button class="button button--secondary" type="button" (click)="download()">Download every row to fix (CSV)</button>
        @if (downloadProblem(); as message) {
          <p class="error-message" role="alert">{{ message }}</p>
        }
      }
      <app-finding-groups prefix="fix" caption="Needs fixing" [groups]="s.summary.needsFixing" (download)="download()" />
      @if (s.summary.skipped.length > 0) {
        <h3 class="heading-m">Skipped rows</h3>
        <p class="body">Nothing is lost: these rows repeat an earlier row exactly, or are not care.</p>
        <app-finding-groups prefix="skipped" caption="Skipped" [groups]="s.summary.skipped" (download)="download()" />
      }
      @if (s.summary.warnings.length > 0) {
        <h3 class="heading-m">Imported with a warning</h3>
        <p class="body">These rows were imported as Heard read them: check that is what your case system means.</p>
        <app-finding-groups prefix="warnings" caption="Imported with a warning" [groups]="s.summary.warnings" (download)="download()" />
      }
    }
  `,
})
export class ImportSummaryComponent {
  private readonly graphql = inject(GraphqlClient);
  private readonly files = inject(AuthenticatedFiles);
  readonly importId = input.required<string>();
  readonly sameFiles = input(false);
  protected readonly summary = signal<Summary | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly downloadProblem = signal<string | null>(null);
  protected readonly offersDue = offersDueText;

  constructor() {
    effect(() => void this.load(this.importId()));
  }

  private async load(id: string): Promise<void> {
    this.summary.set(null);
    try {
      this.summary.set((await this.graphql.request(Ssda903ImportSummaryDocument, { id })).ssda903Import);
      this.problem.set(null);
    } catch (error: unknown) {
      this.problem.set(errorMessage(error));
    }
  }

  protected async download(): Promise<void> {
    const id = this.importId();
    try {
      await this.files.download(
        `/api/imports/${id}/findings.csv`,
        `ssda903-rows-to-fix-${id}.csv`,
        'The rows to fix could not be downloaded. Please try again.',
      );
      this.downloadProblem.set(null);
    } catch (error: unknown) {
      this.downloadProblem.set(error instanceof Error ? error.message : 'The rows to fix could not be downloaded. Please try again.');
    }
  }
}
