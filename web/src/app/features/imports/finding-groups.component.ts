import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ImportFindingGroupFieldsFragment } from '@heard/graphql-types';
import { counted, groupPlace, moreRowsText } from './import-summary-text';

/**
 * One section of an import's findings (what needs fixing, skipped rows, warnings): each group of rows with the same
 * kind of reason as a heading with its count and file, then a table of its first rows, which scrolls on its own on a
 * narrow screen (a focusable, labelled region, so it can be scrolled from the keyboard).
 */
@Component({
  selector: 'app-finding-groups',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (g of groups(); track $index) {
      <section class="finding-group" [attr.aria-labelledby]="prefix() + '-' + $index">
        <h4 class="heading-s" [id]="prefix() + '-' + $index">{{ g.title }}: {{ counted(g.count, 'row') }}</h4>
        <p class="body hint">{{ place(g.file, g.column) }}</p>
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="g.title + ', first rows'">
          <table class="table">
            <caption class="table__caption">{{ caption() }}: {{ g.title }}{{ g.count > g.firstRows.length ? ' (the first ' + g.firstRows.length + ')' : '' }}</caption>
            <thead><tr><th scope="col">Row</th><th scope="col">Child</th><th scope="col">Column</th><th scope="col">Reason</th></tr></thead>
            <tbody>
              @for (r of g.firstRows; track $index) {
                <tr><td>{{ r.rowNumber }}</td><td>{{ r.child ?? '–' }}</td><td>{{ r.column || '–' }}</td><td>{{ r.reason }}</td></tr>
              }
            </tbody>
          </table>
        </div>
        @if (more(g.count, g.firstRows.length); as more) {
          <p class="body">{{ more }}: <button class="link-button" type="button" (click)="download.emit()">download every row (CSV)</button></p>
        }
      </section>
    }
  `,
})
export class FindingGroupsComponent {
  /** Prefix of the groups' heading ids, unique on the page. */
  readonly prefix = input.required<string>();
  /** What the section's tables hold: "Needs fixing", "Skipped". */
  readonly caption = input.required<string>();
  readonly groups = input.required<readonly ImportFindingGroupFieldsFragment[]>();
  readonly download = output<void>();
  protected readonly counted = counted;
  protected readonly place = groupPlace;
  protected readonly more = moreRowsText;
}
