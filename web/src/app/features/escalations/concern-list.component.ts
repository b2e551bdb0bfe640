import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConcernSummaryFieldsFragment } from '@heard/graphql-types';
import { DataTableComponent } from '../../shared/ui/data-table.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { STATUS_LABELS, stageLabel } from './concern-labels';

/** A table of concerns: child, what is wrong, stage, the LA's deadline (flagged when missed) and status. */
@Component({
  selector: 'app-concern-list',
  imports: [DataTableComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="table table--stack" appDataTable [caption]="caption()" [columns]="columns">
      <tbody>
        @for (c of concerns(); track c.id) {
          <tr>
            <td data-label="Child">
              {{ c.childName }}
              @if (showLa()) {
                <br /><span class="hint">{{ c.localAuthorityName }}</span>
              }
            </td>
            <td data-label="Concern">
              <a class="link" [routerLink]="[base(), c.id]">{{ c.whatIsWrong }}</a>
            </td>
            <td data-label="Stage">{{ stage(c) }}</td>
            <td data-label="Deadline">
              @if (c.informationDueOn) {
                Information by {{ c.informationDueOn | ukDate }}
              } @else if (c.stageDeadline) {
                {{ c.stageDeadline | ukDate }}
              } @else {
                None
              }
              @if (c.overdue) {
                <strong class="tag tag--red">{{ c.workingDaysOverdue }} working days overdue</strong>
              } @else if (c.respondedAtStage) {
                <span class="tag tag--green">Responded</span>
              }
            </td>
            <td data-label="Status">{{ status(c) }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class ConcernListComponent {
  readonly concerns = input.required<readonly ConcernSummaryFieldsFragment[]>();
  readonly caption = input.required<string>();
  protected readonly columns = ['Child', 'Concern', 'Stage', 'Deadline', 'Status'];
  readonly base = input.required<string>();
  readonly showLa = input(false);

  protected stage(c: ConcernSummaryFieldsFragment): string {
    return stageLabel(c.stage);
  }

  protected status(c: ConcernSummaryFieldsFragment): string {
    return STATUS_LABELS[c.status];
  }
}
