import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { DecisionFollowThroughDocument, type DecisionFollowThroughFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { DecisionOutcomeFormComponent } from './decision-outcome-form.component';
import { FOLLOW_THROUGH_TAGS } from './follow-through-labels';

/** What became of each decision of the meeting: the advocate and the LA see where each stands; the LA records it. */
@Component({
  selector: 'app-decision-follow-through',
  imports: [DecisionOutcomeFormComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="heading-s">Do the decisions stick?</h3>
    <p class="body hint">Every decision is implemented, unless the local authority challenges it with reasons within 5 working days of the meeting.</p>
    @if (notice(); as n) {
      <div class="notification-banner notification-banner--success" role="status"><p class="body">{{ n }}</p></div>
    }
    @if (state.error(); as problem) {
      <p class="body" role="alert">What became of the decisions could not be loaded: {{ problem }}</p>
    }
    @for (d of state.data() ?? []; track d.decisionId; let i = $index) {
      <div class="inset-text" role="group" [attr.aria-label]="'Decision: ' + d.text">
        <p class="body"><strong>{{ d.text }}</strong> <strong class="tag" [class]="tag(d).colour">{{ tag(d).label }}</strong></p>
        <p class="body" data-testid="follow-through-explanation">{{ d.explanation }}</p>
        @if (d.implementBy && d.status !== 'IMPLEMENTED' && d.status !== 'CHALLENGED') {
          <p class="body hint">To be implemented by {{ d.implementBy | ukDate }}.</p>
        }
        @if (d.challengeReasons; as reasons) {
          <p class="body">The local authority's reasons: {{ reasons }}</p>
        }
        @if (d.canActAsLa) {
          <app-decision-outcome-form [decision]="d" [index]="i" (updated)="replace($event.decision, $event.confirmation)" />
        }
      </div>
    } @empty {
      @if (!state.loading()) {
        <p class="body">No decisions to follow through.</p>
      }
    }
  `,
})
export class DecisionFollowThroughComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  /** How many decisions the meeting has: a new one recorded on the page reloads the list. */
  readonly decisionCount = input(0);
  protected readonly notice = signal<string | null>(null);
  protected readonly state = loadState(
    async () => (await this.graphql.request(DecisionFollowThroughDocument, { meetingId: this.meetingId() })).decisionFollowThrough,
  );

  constructor() {
    let first = true;
    effect(() => {
      this.decisionCount();
      if (first) first = false;
      else untracked(() => void this.state.reload());
    });
  }

  protected tag(d: DecisionFollowThroughFieldsFragment): { label: string; colour: string } {
    return FOLLOW_THROUGH_TAGS[d.status];
  }

  protected replace(updated: DecisionFollowThroughFieldsFragment, confirmation: string): void {
    this.notice.set(`“${updated.text}”: ${confirmation}`);
    this.state.set((this.state.data() ?? []).map((d) => (d.decisionId === updated.decisionId ? updated : d)));
  }
}
