import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RecommendationFieldsFragment } from '@heard/graphql-types';
import { DataTableComponent } from '../../shared/ui/data-table.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { themeLabel } from '../escalations/concern-labels';

/** Recommendations for a home: what, owner, due date, themes, and drift when carried over twice. */
@Component({
  selector: 'app-recommendation-list',
  imports: [DataTableComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="table table--stack" appDataTable [caption]="caption()" [columns]="columns">
      <tbody>
        @for (r of recommendations(); track r.id) {
          <tr>
            <td data-label="Recommendation">{{ r.what }}</td>
            <td data-label="Owner">{{ r.owner }}</td>
            <td data-label="Due">{{ r.dueOn | ukDate }}</td>
            <td data-label="Themes">{{ themes(r) }}</td>
            <td data-label="Status">
              {{ status(r) }}
              @if (r.carryOvers > 0) {
                (carried over {{ r.carryOvers }})
              }
              @if (r.drift) {
                <strong class="tag tag--red">Drift</strong>
              }
              @if (r.childId && r.status === 'OPEN') {
                <br /><a class="link" [routerLink]="['/advocate/children', r.childId, 'raise-concern']" [queryParams]="{ recommendation: r.id }"
                  >Raise a concern<span class="visually-hidden"> about “{{ r.what }}”</span></a
                >
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class RecommendationListComponent {
  readonly recommendations = input.required<readonly RecommendationFieldsFragment[]>();
  readonly caption = input.required<string>();
  protected readonly columns = ['Recommendation', 'Owner', 'Due', 'Themes', 'Status'];

  protected themes(r: RecommendationFieldsFragment): string {
    return r.themes.map(themeLabel).join(', ');
  }

  protected status(r: RecommendationFieldsFragment): string {
    return r.status === 'OPEN' ? 'Open' : r.status === 'DONE' ? 'Done' : r.status === 'NOT_DONE' ? 'Not done' : 'Proposed';
  }
}
