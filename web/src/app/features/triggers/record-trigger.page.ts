import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LaChildrenDocument, RecordTriggerEventDocument, type RecordTriggerEventMutation, type TriggerKind } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { type FieldIds } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';
import { NewChildFieldsComponent, emptyNewChild, newChildProblems, type NewChildForm } from './new-child-fields.component';

/** The API's input paths → this form's field ids (a new child's fields are named without `newChild.`). */
const FIELD_IDS: FieldIds = (field) => (field.startsWith('newChild.') ? field.slice('newChild.'.length) : undefined);

type Who = 'new' | 'existing';

/** What went wrong with the answers before anything is sent: nothing is chosen for the user. */
function triggerProblems(kind: TriggerKind | null, occurredOn: string, who: Who | null, childId: string, newChild: NewChildForm): SummaryError[] {
  const problems: SummaryError[] = [];
  if (kind === null) problems.push({ fieldId: 'kind', message: 'Select what happened' });
  const dateError =
    occurredOn === ''
      ? 'Enter the date of the event'
      : (dateProblem('Date of the event', occurredOn) ?? (occurredOn > todayIso() ? 'The date of the event must be today or in the past' : null));
  if (dateError !== null) problems.push({ fieldId: 'occurredOn', message: dateError });
  if (who === null) problems.push({ fieldId: 'who', message: 'Select whether the child is new to Heard or already known' });
  if (who === 'existing' && childId === '') problems.push({ fieldId: 'childId', message: 'Select the child' });
  if (who === 'new') problems.push(...newChildProblems(newChild));
  return problems;
}

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
    const problems = triggerProblems(kind, this.occurredOn(), who, this.childId(), this.newChild());
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
