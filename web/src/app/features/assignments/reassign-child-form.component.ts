import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { ReassignChildDocument, type ReassignmentReason } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';

/** The child being moved, as allocation oversight shows them: name, LA and advocate only. */
export interface ReassignTarget {
  readonly id: string;
  readonly name: string;
  readonly givenName: string;
  readonly details: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly advocateId: string | null;
}

/** An advocate the child may move to, with their caseload. */
export interface ReassignAdvocate {
  readonly advocateId: string;
  readonly displayName: string;
  readonly activeCaseload: number;
  readonly caseloadCap: number;
  readonly active: boolean;
}

const FIELDS: Readonly<Record<string, string>> = { advocateId: 'reassign-advocate', reason: 'reassign-reason', note: 'reassign-note' };

/** Moves one child to another advocate, with a reason; the API decides which advocates the caller may choose. */
@Component({
  selector: 'app-reassign-child-form',
  imports: [ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Reassign {{ child().name }}</h3>
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      <dl class="summary-list">
        @for (row of child().details; track row.key) {
          <div class="summary-list__row"><dt>{{ row.key }}</dt><dd>{{ row.value }}</dd></div>
        }
      </dl>
      <div
        class="form-group"
        appSelectField
        fieldId="reassign-advocate"
        label="New advocate"
        placeholder="Select an advocate"
        [options]="advocateOptions()"
        [error]="fieldError('reassign-advocate')"
        [(value)]="advocateId"
      ></div>
      <fieldset class="fieldset form-group" [class.form-group--error]="fieldError('reassign-reason')">
        <legend class="fieldset__legend heading-s">Why?</legend>
        @if (fieldError('reassign-reason'); as message) {
          <p class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="radios">
          @for (option of reasons; track option.value; let first = $first) {
            <div class="radios__item">
              <input class="radios__input" type="radio" name="reason" [id]="first ? 'reassign-reason' : 'reassign-reason-' + option.value" (change)="reason.set(option.value)" />
              <label class="label radios__label" [for]="first ? 'reassign-reason' : 'reassign-reason-' + option.value">{{ option.label }}</label>
            </div>
          }
        </div>
      </fieldset>
      <div class="form-group" appTextareaField fieldId="reassign-note" label="In a sentence" [error]="fieldError('reassign-note')" [(value)]="note"></div>
      <button class="button" type="submit" [disabled]="saving()">Reassign {{ child().givenName }}</button>
    </form>
  `,
})
export class ReassignChildFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly child = input.required<ReassignTarget>();
  readonly advocates = input.required<readonly ReassignAdvocate[]>();
  /** Says what was done: "<child> now has <advocate>." */
  readonly reassigned = output<string>();
  protected readonly reasons: ReadonlyArray<{ value: ReassignmentReason; label: string }> = [
    { value: 'ADVOCATE_LEFT', label: 'The advocate has left' },
    { value: 'CONFLICT_OF_INTEREST', label: 'Conflict of interest' },
    { value: 'CHILD_REQUEST', label: "The child's request" },
  ];
  protected readonly advocateId = signal('');
  protected readonly reason = signal<ReassignmentReason | null>(null);
  protected readonly note = signal('');

  /** The active advocates other than the child's own, with their caseloads. */
  protected advocateOptions(): SelectOption[] {
    return this.advocates()
      .filter((a) => a.active && a.advocateId !== this.child().advocateId)
      .map((a) => ({ value: a.advocateId, label: `${a.displayName} (${a.activeCaseload} of ${a.caseloadCap})` }));
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.advocateId() === '') problems.push({ fieldId: 'reassign-advocate', message: 'Select the new advocate' });
    const reason = this.reason();
    if (reason === null) problems.push({ fieldId: 'reassign-reason', message: 'Select why the child is being reassigned' });
    if (this.note().trim() === '') problems.push({ fieldId: 'reassign-note', message: 'Say why in a sentence' });
    this.errors.set(problems);
    if (problems.length > 0 || reason === null) return;
    let message = '';
    const saved = await submitForm(this.errors, this.saving, 'reassign-advocate', async () => {
      const input = { childId: this.child().id, advocateId: this.advocateId(), reason, note: this.note().trim() };
      const done = (await this.graphql.request(ReassignChildDocument, { input })).reassignChild;
      message = `${done.childName} now has ${done.advocateName}.`;
    });
    if (!saved) {
      this.errors.update((errors) => errors.map((e) => ({ ...e, fieldId: FIELDS[e.fieldId] ?? 'reassign-advocate' })));
      return;
    }
    this.reassigned.emit(message);
  }
}
