import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AdvocacyStatus } from '@heard/graphql-types';

const TAGS: Readonly<Record<AdvocacyStatus, { label: string; tone: string }>> = {
  OFFER_OVERDUE: { label: 'Offer overdue', tone: 'red' },
  OFFER_DUE: { label: 'Offer due', tone: 'yellow' },
  AWAITING_ADVOCATE: { label: 'Waiting for an advocate', tone: 'orange' },
  ACCEPTED: { label: 'Accepted', tone: 'green' },
  OPTED_OUT: { label: 'Opted out', tone: 'grey' },
  NON_INSTRUCTED: { label: 'Non-instructed', tone: 'blue' },
  NOT_IN_CARE: { label: 'Not in care', tone: 'grey' },
};

export function statusLabel(status: AdvocacyStatus): string {
  return TAGS[status].label;
}

/** A child's advocacy status as a coloured tag (the words carry the meaning, not the colour). */
@Component({
  selector: 'app-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<strong class="tag tag--{{ tag().tone }}">{{ tag().label }}</strong>`,
})
export class StatusTagComponent {
  readonly status = input.required<AdvocacyStatus>();
  protected readonly tag = computed(() => TAGS[this.status()]);
}
