import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ConcernFieldsFragment } from '@heard/graphql-types';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { eventLabel, stageLabel } from './concern-labels';

type ConcernEvent = ConcernFieldsFragment['timeline'][number];

/** Every step of a concern, oldest first: who, when, what was asked, the answer and the evidence. */
@Component({
  selector: 'app-concern-timeline',
  imports: [DatePipe, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">History</h2>
    <ol class="timeline" aria-label="Concern history, oldest first">
      @for (e of events(); track e.id) {
        <li class="timeline__item">
          <h3 class="heading-s">{{ label(e) }}@if (e.confidential) { <strong class="tag tag--grey">Advocates only</strong> }</h3>
          <p class="body hint">{{ e.at | date: 'd MMMM y, HH:mm' }} · {{ e.actorName }} · {{ stage(e) }} stage</p>
          @if (e.asked) { <p class="body"><strong>Asked:</strong> {{ e.asked }}</p> }
          @if (e.answer) { <p class="body">{{ e.answer }}</p> }
          @if (e.atRiskReason) { <p class="body"><strong>Child at risk:</strong> {{ e.atRiskReason }}</p> }
          @if (e.dueOn) { <p class="body"><strong>Due:</strong> {{ e.dueOn | ukDate }}</p> }
          @if (e.court) {
            <dl class="summary-list">
              <div class="summary-list__row"><dt class="summary-list__key">Court</dt><dd class="summary-list__value">{{ e.court }}</dd></div>
              <div class="summary-list__row"><dt class="summary-list__key">Case number</dt><dd class="summary-list__value">{{ e.caseNumber }}</dd></div>
              <div class="summary-list__row"><dt class="summary-list__key">Order sought</dt><dd class="summary-list__value">{{ e.orderSought }}</dd></div>
            </dl>
          }
          @if (e.hearingDates.length > 0) { <p class="body"><strong>Hearing:</strong> @for (d of e.hearingDates; track d) { {{ d | ukDate }} }</p> }
          @if (e.attended !== null) { <p class="body"><strong>Advocate attended:</strong> {{ e.attended ? 'Yes' : 'No' }}</p> }
          @if (e.courtOutcome) { <p class="body"><strong>Court's outcome:</strong> {{ e.courtOutcome }}</p> }
          @if (e.evidence.length > 0) {
            <ul class="list list--bullet">
              @for (item of e.evidence; track $index) {
                <li>@if (item.url) { <a class="link" [href]="item.url" rel="noopener noreferrer" target="_blank">{{ item.text }} (opens in new tab)</a> } @else { {{ item.text }} }</li>
              }
            </ul>
          }
        </li>
      }
    </ol>
  `,
})
export class ConcernTimelineComponent {
  readonly events = input.required<readonly ConcernEvent[]>();

  protected label(e: ConcernEvent): string {
    return e.kind === 'ESCALATED' ? `Escalated to ${stageLabel(e.stage)}` : eventLabel(e.kind);
  }

  protected stage(e: ConcernEvent): string {
    return stageLabel(e.stage);
  }
}
