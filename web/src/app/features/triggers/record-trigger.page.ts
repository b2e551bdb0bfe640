import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LaChildrenDocument, RecordTriggerEventDocument, type RecordTriggerEventMutation, type TriggerKind } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { summaryErrorsFor, type FieldIds } from '../../shared/ui/error-message';
import { loadState } from '../../shared/ui/load-state';
import { todayIso } from '../../shared/ui/uk-date.pipe';
import { NewChildFieldsComponent, emptyNewChild, newChildProblems, type NewChildForm } from './new-child-fields.component';

/** The API's input paths → this form's field ids (a new child's fields are named without `newChild.`). */
const FIELD_IDS: FieldIds = (field) => (field.startsWith('newChild.') ? field.slice('newChild.'.length) : undefined);

/** An LA manager records a trigger event; Heard assigns an advocate or queues the child at once. */
@Component({
  selector: 'app-record-trigger-page',
  imports: [RouterLink, ErrorSummaryComponent, NewChildFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-trigger.page.html',
})
export class RecordTriggerPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly children = loadState(async () => (await this.graphql.request(LaChildrenDocument, {})).laChildren);
  protected readonly kinds: ReadonlyArray<{ value: TriggerKind; label: string }> = [
    { value: 'ENTERED_CARE', label: 'Entered care' },
    { value: 'FAMILY_GROUP_DECISION_MAKING', label: 'Family group decision-making' },
    { value: 'CARE_PROCEEDINGS_STARTED', label: 'Care proceedings started' },
  ];
  protected readonly kind = signal<TriggerKind>('ENTERED_CARE');
  protected readonly occurredOn = signal(todayIso());
  protected readonly who = signal<'existing' | 'new'>('new');
  protected readonly childId = signal('');
  protected readonly newChild = signal<NewChildForm>(emptyNewChild());
  protected readonly saving = signal(false);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly result = signal<RecordTriggerEventMutation['recordTriggerEvent'] | null>(null);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected fieldError(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.occurredOn() === '') problems.push({ fieldId: 'occurredOn', message: 'Enter the date of the event' });
    if (this.occurredOn() > todayIso()) problems.push({ fieldId: 'occurredOn', message: 'The date of the event must be today or in the past' });
    if (this.who() === 'existing' && this.childId() === '') problems.push({ fieldId: 'childId', message: 'Select the child' });
    if (this.who() === 'new') problems.push(...newChildProblems(this.newChild()));
    this.errors.set(problems);
    if (problems.length > 0) return;
    this.saving.set(true);
    try {
      const form = this.newChild();
      const input =
        this.who() === 'existing'
          ? { kind: this.kind(), occurredOn: this.occurredOn(), childId: this.childId() }
          : {
              kind: this.kind(),
              occurredOn: this.occurredOn(),
              newChild: {
                laChildRef: form.laChildRef.trim(),
                givenName: form.givenName.trim(),
                familyName: form.familyName.trim(),
                preferredName: form.preferredName.trim() || null,
                dateOfBirth: form.dateOfBirth,
                firstLanguage: form.firstLanguage.trim() || null,
              },
            };
      this.result.set((await this.graphql.request(RecordTriggerEventDocument, { input })).recordTriggerEvent);
    } catch (problem: unknown) {
      this.errors.set(summaryErrorsFor(problem, 'occurredOn', FIELD_IDS));
    } finally {
      this.saving.set(false);
    }
  }
}
