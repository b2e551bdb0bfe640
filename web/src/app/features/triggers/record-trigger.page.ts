import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LaChildrenDocument, RecordTriggerEventDocument, type RecordTriggerEventMutation, type TriggerKind } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { type FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';
import { NewChildFieldsComponent } from './new-child-fields.component';
import { emptyNewChild, triggerProblems, type NewChildForm, type Who } from './trigger-problems';

/** The API's input paths → this form's field ids (a new child's fields are named without `newChild.`). */
const FIELD_IDS: FieldIds = (field) => (field.startsWith('newChild.') ? field.slice('newChild.'.length) : undefined);

/** An LA manager records a trigger event; Heard assigns an advocate or queues the child at once. */
@Component({
  selector: 'app-record-trigger-page',
  imports: [RouterLink, DateFieldComponent, ErrorSummaryComponent, NewChildFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-trigger.page.html',
})
export class RecordTriggerPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly children = loadState(async () => (await this.graphql.request(LaChildrenDocument, {})).laChildren);
  protected readonly kinds: ReadonlyArray<{ value: TriggerKind; label: string }> = [
    { value: 'ENTERED_CARE', label: 'Entered care' },
    { value: 'FAMILY_GROUP_DECISION_MAKING', label: 'Family group decision-making' },
    { value: 'CARE_PROCEEDINGS_STARTED', label: 'Care proceedings started' },
  ];
  /** Neither question has an answer until the manager gives one (GOV.UK: no preselected consequential choice). */
  protected readonly kind = signal<TriggerKind | null>(null);
  protected readonly who = signal<Who | null>(null);
  protected readonly occurredOn = signal(todayIso());
  protected readonly childId = signal('');
  protected readonly newChild = signal<NewChildForm>(emptyNewChild());
  protected readonly result = signal<RecordTriggerEventMutation['recordTriggerEvent'] | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const kind = this.kind();
    const who = this.who();
    const problems = triggerProblems({ kind, occurredOn: this.occurredOn(), who, childId: this.childId(), newChild: this.newChild() });
    this.errors.set(problems);
    if (problems.length > 0 || kind === null || who === null) return;
    const occurredOn = this.occurredOn();
    const form = this.newChild();
    const input =
      who === 'existing'
        ? { kind, occurredOn, childId: this.childId() }
        : {
            kind,
            occurredOn,
            newChild: {
              laChildRef: form.laChildRef.trim(),
              givenName: form.givenName.trim(),
              familyName: form.familyName.trim(),
              preferredName: form.preferredName.trim() || null,
              dateOfBirth: form.dateOfBirth,
              firstLanguage: form.firstLanguage.trim() || null,
            },
          };
    await submitForm(
      this.errors,
      this.saving,
      'occurredOn',
      async () => this.result.set((await this.graphql.request(RecordTriggerEventDocument, { input })).recordTriggerEvent),
      FIELD_IDS,
    );
  }
}
