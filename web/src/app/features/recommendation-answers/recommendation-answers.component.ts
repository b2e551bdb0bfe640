import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { RecommendationAnswerFieldsFragment } from '@heard/graphql-types';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ANSWER_STATUS_TONES } from './answer-status';
import { RecommendationAnswerFormComponent } from './recommendation-answer-form.component';

/**
 * The answers a recommendation is owed: who owes each, by when, where it stands (late ones flagged) and what was said;
 * with the form for the one the caller gives, unless `readOnly`.
 */
@Component({
  selector: 'app-recommendation-answers',
  imports: [RecommendationAnswerFormComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (answers().length === 0) {
      <p class="body">No answers were asked for.</p>
    } @else {
      <dl class="summary-list">
        @for (a of answers(); track a.id) {
          <div class="summary-list__row">
            <dt class="summary-list__key">{{ a.answererName }}{{ a.answerer === 'HOME' ? ' (the home)' : '' }}</dt>
            <dd class="summary-list__value">
              <strong class="tag tag--{{ tones[a.status] }}">{{ a.statusLabel }}</strong>
              @if (a.answeredOn) {
                {{ a.answerer === 'HOME' ? 'Received' : 'Answered' }} {{ a.answeredOn | ukDate }}, due {{ a.dueOn | ukDate }}.
                <span class="break-words">{{ a.response }}</span>
              } @else {
                Due {{ a.dueOn | ukDate }}.
              }
              @if (!readOnly() && a.allowedCommands.length > 0) {
                <app-recommendation-answer-form [answer]="a" [what]="what()" (answered)="changed.emit($event)" />
              }
            </dd>
          </div>
        }
      </dl>
    }
  `,
})
export class RecommendationAnswersComponent {
  readonly answers = input.required<readonly RecommendationAnswerFieldsFragment[]>();
  readonly what = input.required<string>();
  readonly readOnly = input(false);
  readonly changed = output<RecommendationAnswerFieldsFragment>();
  protected readonly tones = ANSWER_STATUS_TONES;
}
