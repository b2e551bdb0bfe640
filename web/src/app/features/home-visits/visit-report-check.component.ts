import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ConcernTheme, QualityStandard } from '@heard/graphql-types';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { themeLabel } from '../escalations/concern-labels';
import { JUDGEMENT_OPTIONS, judgementLabel, QUALITY_STANDARDS, standardLabel } from './home-labels';
import type { VisitAnswers } from './visit-answers';
import { FOLLOW_UP_OPTIONS } from './visit-report-fields';

interface Named {
  readonly id: string;
  readonly name: string;
}
interface OpenRecommendation {
  readonly id: string;
  readonly what: string;
  readonly dueOn: string;
}

/**
 * Check your answers before submitting a visit report: every part of the report as a summary list, each answer with
 * a Change link back to its field, then the final submit (a report cannot be changed once submitted).
 */
@Component({
  selector: 'app-visit-report-check',
  imports: [UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l" id="check-answers" tabindex="-1">Check your answers before submitting the visit report</h1>
    @let a = answers();
    <h2 class="heading-m">The visit</h2>
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt>Date of the visit</dt>
        <dd>{{ a.visitOn | ukDate }}</dd>
        <dd><button class="link-button" type="button" (click)="change.emit('visitOn')">Change<span class="visually-hidden"> the date of the visit</span></button></dd>
      </div>
      <div class="summary-list__row">
        <dt>Announced</dt>
        <dd>{{ a.announced ? 'Yes' : 'No, unannounced' }}</dd>
        <dd><button class="link-button" type="button" (click)="change.emit(a.announced ? 'announced-yes' : 'announced-no')">Change<span class="visually-hidden"> whether the visit was announced</span></button></dd>
      </div>
    </dl>

    <h2 class="heading-m">Children spoken to</h2>
    <dl class="summary-list">
      @for (c of a.children; track $index; let i = $index) {
        <div class="summary-list__row">
          <dt>Child {{ i + 1 }}: {{ c.name }}</dt>
          <dd>
            <p class="body">{{ c.whatTheySaid }}</p>
            <p class="body hint">{{ c.spokeInPrivate ? 'In private' : 'Not in private' }}, {{ c.consentToShare ? 'agreed to share' : 'not shared' }}</p>
          </dd>
          <dd><button class="link-button" type="button" (click)="change.emit('child-name-' + i)">Change<span class="visually-hidden"> child {{ i + 1 }}</span></button></dd>
        </div>
      } @empty {
        <div class="summary-list__row">
          <dt>Children spoken to</dt>
          <dd>None</dd>
          <dd><button class="link-button" type="button" (click)="change.emit('add-child')">Change<span class="visually-hidden"> the children spoken to</span></button></dd>
        </div>
      }
    </dl>

    <h2 class="heading-m">Staff and records</h2>
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt>Staff you spoke to</dt>
        <dd>{{ a.staff }}</dd>
        <dd><button class="link-button" type="button" (click)="change.emit('staffSpokenTo')">Change<span class="visually-hidden"> the staff you spoke to</span></button></dd>
      </div>
      <div class="summary-list__row">
        <dt>Records you checked</dt>
        <dd>{{ a.records }}</dd>
        <dd><button class="link-button" type="button" (click)="change.emit('recordsChecked')">Change<span class="visually-hidden"> the records you checked</span></button></dd>
      </div>
    </dl>

    <h2 class="heading-m">Quality Standards</h2>
    <dl class="summary-list">
      @for (standard of standards; track standard) {
        <div class="summary-list__row">
          <dt>{{ standardLabel(standard) }}</dt>
          <dd><strong>{{ judgement(standard) }}</strong>@if (a.judged[standard]?.evidence; as evidence) {: {{ evidence }}}</dd>
          <dd><button class="link-button" type="button" (click)="change.emit(judgementField(standard))">Change<span class="visually-hidden"> {{ standardLabel(standard) }}</span></button></dd>
        </div>
      }
    </dl>

    <h2 class="heading-m">Recommendations for the home</h2>
    <dl class="summary-list">
      @for (r of a.recommendations; track $index; let i = $index) {
        <div class="summary-list__row">
          <dt>Recommendation {{ i + 1 }}</dt>
          <dd>
            <p class="body">{{ r.what }}</p>
            <p class="body hint">{{ r.owner }}, due {{ r.dueOn | ukDate }}. {{ themes(r.themes) }}.{{ childLine(r.childId) }}</p>
          </dd>
          <dd><button class="link-button" type="button" (click)="change.emit('rec-what-' + i)">Change<span class="visually-hidden"> recommendation {{ i + 1 }}</span></button></dd>
        </div>
      } @empty {
        <div class="summary-list__row">
          <dt>Recommendations</dt>
          <dd>None</dd>
          <dd><button class="link-button" type="button" (click)="change.emit('add-recommendation')">Change<span class="visually-hidden"> the recommendations</span></button></dd>
        </div>
      }
    </dl>

    @if (open().length > 0) {
      <h2 class="heading-m">Follow up earlier recommendations</h2>
      <dl class="summary-list">
        @for (r of open(); track r.id) {
          <div class="summary-list__row">
            <dt>{{ r.what }} (due {{ r.dueOn | ukDate }})</dt>
            <dd>{{ outcome(r.id) }}@if (a.followUps[r.id]?.note; as note) {: {{ note }}}</dd>
            <dd><button class="link-button" type="button" (click)="change.emit(outcomeField(r.id))">Change<span class="visually-hidden"> the follow-up of “{{ r.what }}”</span></button></dd>
          </div>
        }
      </dl>
    }

    <h2 class="heading-m">Now submit the report</h2>
    <p class="body">
      The report goes to the home's provider, the local authorities that placed children there and the Children's Commissioner. What a child said in
      private is left out unless they agreed to share it. You cannot change the report once it is submitted.
    </p>
    <form novalidate (submit)="submitted($event)">
      <button class="button" type="submit" [disabled]="saving()">Submit the visit report</button>
    </form>
  `,
})
export class VisitReportCheckComponent {
  readonly answers = input.required<VisitAnswers>();
  readonly open = input.required<readonly OpenRecommendation[]>();
  readonly children = input.required<readonly Named[]>();
  readonly saving = input.required<boolean>();
  /** The id of the field to change: the form shows it focused. */
  readonly change = output<string>();
  readonly confirm = output<void>();
  protected readonly standards = QUALITY_STANDARDS;
  protected readonly standardLabel = standardLabel;

  protected judgement(standard: QualityStandard): string {
    const judged = this.answers().judged[standard];
    return judged === undefined ? 'Not judged' : judgementLabel(judged.judgement);
  }

  /** The chosen judgement's radio, or the first when none is chosen. */
  protected judgementField(standard: QualityStandard): string {
    return `${standard}-${this.answers().judged[standard]?.judgement ?? JUDGEMENT_OPTIONS[0] ?? ''}`;
  }

  protected themes(themes: readonly ConcernTheme[]): string {
    return themes.length === 0 ? 'No themes' : themes.map(themeLabel).join(', ');
  }

  protected childLine(childId: string | null): string {
    const child = this.children().find((c) => c.id === childId);
    return child === undefined ? '' : ` About ${child.name}.`;
  }

  protected outcome(id: string): string {
    const chosen = this.answers().followUps[id]?.outcome;
    return FOLLOW_UP_OPTIONS.find((o) => o.outcome === chosen)?.label ?? 'Not followed up';
  }

  /** The chosen outcome's radio, or the first when none is chosen. */
  protected outcomeField(id: string): string {
    const chosen = this.answers().followUps[id]?.outcome;
    return `${id}-${(FOLLOW_UP_OPTIONS.find((o) => o.outcome === chosen) ?? FOLLOW_UP_OPTIONS[0])?.idSuffix ?? ''}`;
  }

  protected submitted(event: SubmitEvent): void {
    event.preventDefault();
    this.confirm.emit();
  }
}
