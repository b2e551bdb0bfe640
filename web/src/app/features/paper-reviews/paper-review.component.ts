import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { PaperReviewDocument, type PaperReviewConsultee, type PaperReviewFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { CONSULTEE_LABELS, DEADLINE_TAGS } from './paper-review-labels';
import { PaperReviewFormsComponent } from './paper-review-forms.component';

/** The child's paper review between yearly meetings: due date and why, the consultations, and the chair's sign-off. */
@Component({
  selector: 'app-paper-review',
  imports: [PaperReviewFormsComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state.error(); as problem) {
      <p class="body" role="alert">The paper review could not be loaded: {{ problem }}</p>
    }
    @if (state.data(); as r) {
      @if (r.eligible) {
        <h2 class="heading-m">Paper review</h2>
        <p class="body">
          Due by {{ r.dueOn | ukDate }}@if (r.lastWorkingDayBefore) { (not a working day; last working day before it: {{ r.lastWorkingDayBefore | ukDate }})}
          @if (r.deadlineStatus; as s) { <strong class="tag" [class]="tags[s].colour">{{ tags[s].label }}</strong> }
        </p>
        <p class="body hint">{{ r.explanation }} The child's advocate records the child's views; the local authority records the carers' and the social worker's.</p>
        <table class="table table--stack">
          <caption class="table__caption">Consultations</caption>
          <thead><tr><th scope="col">Who</th><th scope="col">Consulted on</th><th scope="col">What they said</th><th scope="col">Recorded by</th></tr></thead>
          <tbody>
            @for (c of r.consultations; track c.who) {
              <tr><td data-label="Who">{{ label(c.who) }}</td><td data-label="Consulted on">{{ c.consultedOn | ukDate }}</td><td data-label="What they said">{{ c.summary }}</td><td data-label="Recorded by">{{ c.recordedByName }}</td></tr>
            } @empty {
              <tr><td colspan="4">No one has been consulted yet.</td></tr>
            }
          </tbody>
        </table>
        @if (r.signedOffOn) {
          <p class="body">Signed off on {{ r.signedOffOn | ukDate }} by the chair, {{ r.chairName }}.</p>
        }
        <app-paper-review-forms [review]="r" (updated)="state.set($event)" />
      }
    }
  `,
})
export class PaperReviewComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  protected readonly tags = DEADLINE_TAGS;
  protected readonly state = loadState<PaperReviewFieldsFragment>(
    async () => (await this.graphql.request(PaperReviewDocument, { childId: this.childId() })).paperReview,
  );

  protected label(who: PaperReviewConsultee): string {
    return CONSULTEE_LABELS[who];
  }
}
