import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { RecordMeetingPapersSharedDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { todayIso, UkDatePipe, ukDate } from '../../shared/ui/uk-date.pipe';
import { LogisticsFormBase } from './logistics-form.base';

const STATUS: Readonly<Record<string, { label: string; tone: string }>> = {
  ON_TIME: { label: 'Shared on time', tone: 'green' },
  LATE: { label: 'Shared late', tone: 'red' },
  AWAITED: { label: 'Not shared yet', tone: 'yellow' },
  OVERDUE: { label: 'Overdue', tone: 'red' },
};

/** The social worker's report: when it is due to the advocate, whether it arrived on time; the LA manager records it. */
@Component({
  selector: 'app-meeting-papers',
  imports: [DateFieldComponent, ErrorSummaryComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="heading-s">Papers</h3>
    <dl class="summary-list" aria-label="The social worker's report">
      <div class="summary-list__row"
        ><dt>Due to the advocate by</dt><dd>{{ logistics().papers.dueBy | ukDate }}<span class="hint"> {{ logistics().papers.explanation }}</span></dd></div
      >
      <div class="summary-list__row"
        ><dt>Status</dt
        ><dd
          ><strong class="tag tag--{{ status().tone }}">{{ status().label }}</strong>
          @if (logistics().papers.sharedOn; as on) {
            <span> on {{ on | ukDate }}</span>
          }
        </dd></div
      >
    </dl>
    @if (logistics().canArrange) {
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      <form novalidate (submit)="save($event)">
        <div class="form-group" appDateField fieldId="sharedOn" label="Date the social worker's report reached the advocate" [error]="fieldError('sharedOn')" [(value)]="sharedOn"></div>
        <button class="button button--secondary" type="submit" [disabled]="saving()">Record the report as shared</button>
      </form>
    }
  `,
})
export class MeetingPapersComponent extends LogisticsFormBase {
  protected readonly sharedOn = signal(todayIso());
  protected readonly status = computed(() => STATUS[this.logistics().papers.status] ?? { label: this.logistics().papers.status, tone: 'grey' });

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const label = "Date the social worker's report reached the advocate";
    const problem = this.sharedOn() === '' ? 'Enter the date the report reached the advocate' : dateProblem(label, this.sharedOn());
    const problems: SummaryError[] = problem === null ? [] : [{ fieldId: 'sharedOn', message: problem }];
    const input = { meetingId: this.logistics().meetingId, sharedOn: this.sharedOn() };
    await this.run(
      problems,
      'sharedOn',
      async () => (await this.graphql.request(RecordMeetingPapersSharedDocument, { input })).recordMeetingPapersShared,
      (saved) => `The social worker's report is recorded as shared on ${ukDate(input.sharedOn)}: ${STATUS[saved.papers.status]?.label.toLowerCase() ?? ''}.`,
    );
  }
}
