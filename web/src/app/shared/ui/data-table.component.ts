import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A table's caption and column headings, on the `<table>` itself: `<table class="table" appDataTable
 * caption="…" [columns]="[…]">` with the rows (`<tbody>`) as content.
 */
@Component({
  selector: 'table[appDataTable]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <caption class="table__caption">
      {{
        caption()
      }}
    </caption>
    <thead>
      <tr>
        @for (column of columns(); track $index) {
          <th scope="col">{{ column }}</th>
        }
      </tr>
    </thead>
    <ng-content />
  `,
})
export class DataTableComponent {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly string[]>();
}
