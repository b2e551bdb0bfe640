import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RecordRetentionFieldsFragment } from '@heard/graphql-types';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** How long a record is kept, in a summary list's value: the date, the one sentence saying why, and any legal hold. */
@Component({
  selector: 'app-retention-summary',
  imports: [UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = retention();
    {{ r.retainUntil === null ? 'Until the legal hold is lifted' : (r.retainUntil | ukDate) }}
    <p class="hint">{{ r.explanation }}</p>
    @if (r.legalHold; as hold) {
      <p class="hint">Legal hold placed on {{ hold.placedOn | ukDate }} by {{ hold.placedByName }}: {{ hold.reason }}</p>
    }
  `,
})
export class RetentionSummaryComponent {
  readonly retention = input.required<RecordRetentionFieldsFragment>();
}
