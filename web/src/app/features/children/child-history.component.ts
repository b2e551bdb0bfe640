import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChildFieldsFragment } from '@heard/graphql-types';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

const OFFER_REASONS: Readonly<Partial<Record<string, string>>> = {
  INITIAL: 'First offer',
  REASSIGNMENT: 'New advocate',
  PLACEMENT_CHANGE: 'Placement changed',
  CARE_PLANNING_MEETING: 'Care-planning meeting',
  COURT_PROCEEDINGS: 'Court proceedings started',
  AGE_16: 'Turned 16',
};
const OUTCOMES: Readonly<Partial<Record<string, string>>> = {
  ACCEPTED: 'Accepted',
  OPTED_OUT: 'Opted out',
  NON_INSTRUCTED: 'Non-instructed advocacy',
  OPTED_BACK_IN: 'Opted back in',
};

/** Offers, decisions, advocates and periods of care: the whole history, newest first. */
@Component({
  selector: 'app-child-history',
  imports: [UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Offers</h2>
    @for (offer of child().offers; track offer.id) {
      <div class="record">
        <h3 class="heading-s">{{ reasons[offer.reason] }}: due {{ offer.dueOn | ukDate }}</h3>
        <p class="body hint">{{ offer.dueExplanation }}</p>
        @if (offer.outcome) {
          <p class="body">{{ outcomes[offer.outcome] }} on {{ offer.outcomeOn | ukDate }}</p>
        } @else if (offer.overdue) {
          <p class="body"><strong class="tag tag--red">Overdue</strong></p>
        } @else {
          <p class="body">Not answered yet</p>
        }
        @if (offer.childWords) {
          <blockquote class="quote">{{ offer.childWords }}</blockquote>
        }
        @if (offer.nonInstructedReason) {
          <p class="body">Why non-instructed: {{ offer.nonInstructedReason }}</p>
        }
      </div>
    } @empty {
      <p class="body">No offers yet.</p>
    }
    <h2 class="heading-m">Decisions</h2>
    <table class="table table--stack">
      <caption class="table__caption visually-hidden">The child's decisions, newest first</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Decision</th><th scope="col">In their words</th><th scope="col">Recorded by</th></tr></thead>
      <tbody>
        @for (decision of child().decisions; track decision.id) {
          <tr><td data-label="Date">{{ decision.decidedOn | ukDate }}</td><td data-label="Decision">{{ outcomes[decision.kind] ?? decision.kind }}</td><td data-label="In their words">{{ decision.childWords ?? '' }}</td><td data-label="Recorded by">{{ decision.recordedBy }}</td></tr>
        } @empty {
          <tr><td colspan="4">No decisions recorded yet.</td></tr>
        }
      </tbody>
    </table>
    <h2 class="heading-m">Advocates</h2>
    <table class="table table--stack">
      <caption class="table__caption visually-hidden">Every advocate the child has had</caption>
      <thead><tr><th scope="col">Advocate</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Why it ended</th></tr></thead>
      <tbody>
        @for (assignment of child().assignments; track assignment.id) {
          <tr>
            <td data-label="Advocate">{{ assignment.advocate.displayName }}</td><td data-label="From">{{ assignment.startedOn | ukDate }}</td>
            <td data-label="To">{{ assignment.endedOn ? (assignment.endedOn | ukDate) : 'Now' }}</td><td data-label="Why it ended">{{ assignment.endReason ?? '' }} {{ assignment.endNote ?? '' }}</td>
          </tr>
        } @empty {
          <tr><td colspan="4">No advocate yet.</td></tr>
        }
      </tbody>
    </table>
    <h2 class="heading-m">Periods of care</h2>
    <ul class="list">
      @for (episode of child().episodes; track episode.id) {
        <li>From {{ episode.startDate | ukDate }} {{ episode.endDate ? 'to ' + (episode.endDate | ukDate) : '(ongoing)' }}</li>
      } @empty {
        <li>None recorded.</li>
      }
    </ul>
  `,
})
export class ChildHistoryComponent {
  readonly child = input.required<ChildFieldsFragment>();
  protected readonly reasons = OFFER_REASONS;
  protected readonly outcomes = OUTCOMES;
}
