import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RecordOptBackInDocument, type ChildFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { errorMessage } from '../../shared/ui/load-state';
import { todayIso } from '../../shared/ui/uk-date.pipe';

/** Opting out is never final: the child can opt back in at any time. */
@Component({
  selector: 'app-opt-back-in-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">The child wants an advocate again</h2>
      <div class="form-group">
        <label class="label" for="optInDate">Date they opted back in</label>
        <input class="input input--width-10" id="optInDate" type="date" [value]="decidedOn()" (input)="decidedOn.set(value($event))" />
      </div>
      <div class="form-group">
        <label class="label" for="optInWords">The child's own words (optional)</label>
        <textarea class="textarea" id="optInWords" rows="3" [value]="words()" (input)="words.set(value($event))"></textarea>
      </div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record that the child opted back in</button>
    </form>
  `,
})
export class OptBackInFormComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly saved = output<ChildFieldsFragment>();
  protected readonly decidedOn = signal(todayIso());
  protected readonly words = signal('');
  protected readonly saving = signal(false);
  protected readonly errors = signal<readonly SummaryError[]>([]);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saving.set(true);
    try {
      const input = { childId: this.childId(), decidedOn: this.decidedOn(), childWords: this.words() || null };
      this.saved.emit((await this.graphql.request(RecordOptBackInDocument, { input })).recordOptBackIn);
      this.errors.set([]);
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: 'optInDate', message: errorMessage(problem) }]);
    } finally {
      this.saving.set(false);
    }
  }
}
