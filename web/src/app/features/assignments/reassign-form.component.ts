import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { ReassignChildDocument, type CaseloadFieldsFragment, type ReassignmentReason } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { errorMessage } from '../../shared/ui/load-state';

/** Moves a child to another advocate, with a reason. */
@Component({
  selector: 'app-reassign-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Reassign a child</h2>
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="save($event)">
      <div class="form-group">
        <label class="label" for="reassign-child">Child's Heard id</label>
        <input class="input" id="reassign-child" type="text" [value]="childId()" (input)="childId.set(value($event))" />
      </div>
      <div class="form-group">
        <label class="label" for="reassign-advocate">New advocate</label>
        <select class="select" id="reassign-advocate" (change)="advocateId.set(value($event))">
          <option value="">Select an advocate</option>
          @for (advocate of advocates(); track advocate.advocateId) {
            <option [value]="advocate.advocateId">{{ advocate.displayName }} ({{ advocate.activeCaseload }} of {{ advocate.caseloadCap }})</option>
          }
        </select>
      </div>
      <fieldset class="fieldset form-group">
        <legend class="fieldset__legend heading-s">Why?</legend>
        <div class="radios">
          @for (option of reasons; track option.value; let first = $first) {
            <div class="radios__item">
              <input class="radios__input" type="radio" name="reason" [id]="first ? 'reassign-reason' : 'reassign-reason-' + option.value" (change)="reason.set(option.value)" />
              <label class="label radios__label" [for]="first ? 'reassign-reason' : 'reassign-reason-' + option.value">{{ option.label }}</label>
            </div>
          }
        </div>
      </fieldset>
      <div class="form-group">
        <label class="label" for="reassign-note">In a sentence</label>
        <textarea class="textarea" id="reassign-note" rows="2" [value]="note()" (input)="note.set(value($event))"></textarea>
      </div>
      <button class="button" type="submit">Reassign</button>
    </form>
  `,
})
export class ReassignFormComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly advocates = input.required<readonly CaseloadFieldsFragment[]>();
  readonly reassigned = output<string>();
  protected readonly reasons: ReadonlyArray<{ value: ReassignmentReason; label: string }> = [
    { value: 'ADVOCATE_LEFT', label: 'The advocate has left' },
    { value: 'CONFLICT_OF_INTEREST', label: 'Conflict of interest' },
    { value: 'CHILD_REQUEST', label: "The child's request" },
  ];
  protected readonly childId = signal('');
  protected readonly advocateId = signal('');
  protected readonly reason = signal<ReassignmentReason | null>(null);
  protected readonly note = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.childId().trim() === '') problems.push({ fieldId: 'reassign-child', message: "Enter the child's Heard id" });
    if (this.advocateId() === '') problems.push({ fieldId: 'reassign-advocate', message: 'Select the new advocate' });
    const reason = this.reason();
    if (reason === null) problems.push({ fieldId: 'reassign-reason', message: 'Select why the child is being reassigned' });
    if (this.note().trim() === '') problems.push({ fieldId: 'reassign-note', message: 'Say why in a sentence' });
    this.errors.set(problems);
    if (problems.length > 0 || reason === null) return;
    try {
      const input = { childId: this.childId().trim(), advocateId: this.advocateId(), reason, note: this.note().trim() };
      const done = (await this.graphql.request(ReassignChildDocument, { input })).reassignChild;
      this.reassigned.emit(`${done.childName} now has ${done.advocateName}.`);
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: 'reassign-child', message: errorMessage(problem) }]);
    }
  }
}
