import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { SIGNIFICANT_DECISION_RULE, significantDecisionGuard, type DecisionBasis } from '@heard/domain';
import { RecordMeetingDecisionDocument, type MeetingFieldsFragment } from '@heard/graphql-types';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { MeetingFormBase } from './meeting-form.base';

const BASIS: Readonly<Record<DecisionBasis, string>> = {
  ADVOCATE_INPUT: "It will be recorded with the advocate's input you chose.",
  CHILD_SELF_REPRESENTING: "It will be recorded as resting on the child's choice to represent themselves, which their advocate recorded.",
  CHILD_OPTED_OUT: 'It will be recorded as resting on the child having opted out of advocacy: they represent themselves.',
};

/**
 * A decision, linked to the advocate's input it rests on. The chair sees why a significant decision
 * needs the advocate's input (or the child's self-representation) and what is missing, previewed with
 * the guard the server enforces (`significantDecisionGuard` in libs/domain).
 */
@Component({
  selector: 'app-meeting-decision-form',
  imports: [FormNoticesComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Record a decision</h3>
      <div class="form-group" appTextareaField fieldId="decisionText" label="Decision" [error]="fieldError('decisionText')" [(value)]="text"></div>
      @if (partOptions().length > 0) {
        <div class="form-group" appSelectField fieldId="partId" label="The part of the meeting it was made in" placeholder="Select a part" [options]="partOptions()" [error]="fieldError('partId')" [(value)]="partId"></div>
      }
      <div class="form-group checkbox">
        <input type="checkbox" id="significant" [checked]="significant()" (change)="significant.set(checked($event))" />
        <label class="label" for="significant">This changes the care plan (significant)</label>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('advocateInputId')">
        <fieldset class="fieldset" aria-describedby="advocateInputId-hint">
          <legend class="fieldset__legend">The advocate's input this decision rests on</legend>
          <p class="body hint" id="advocateInputId-hint">{{ rule }} The advocate records their input on their own screen; you cannot type it for them.</p>
          @if (fieldError('advocateInputId'); as message) {
            <p class="error-message" id="advocateInputId-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <div class="radios">
            @for (i of linkable(); track i.id; let first = $first) {
              <div class="radios__item">
                <input
                  class="radios__input"
                  type="radio"
                  name="advocateInputId"
                  [id]="first ? 'advocateInputId' : 'advocateInput-' + i.id"
                  [checked]="chosen() === i.id"
                  (change)="chosen.set(i.id)"
                />
                <label class="label radios__label" [for]="first ? 'advocateInputId' : 'advocateInput-' + i.id"
                  >{{ i.proposal }}: "{{ i.input }}" ({{ i.advocateName }})</label
                >
              </div>
            }
            <div class="radios__item">
              <input
                class="radios__input"
                type="radio"
                name="advocateInputId"
                [id]="linkable().length === 0 ? 'advocateInputId' : 'advocateInput-none'"
                [checked]="chosen() === null"
                (change)="chosen.set(null)"
              />
              <label class="label radios__label" [for]="linkable().length === 0 ? 'advocateInputId' : 'advocateInput-none'">No advocate's input</label>
            </div>
          </div>
        </fieldset>
      </div>
      @if (significant()) {
        <div class="notification-banner" role="note" aria-label="What this significant decision needs">
          <p class="body">{{ preview() }}</p>
        </div>
      }
      <button class="button" type="submit" [disabled]="saving()">Record decision</button>
    </form>
  `,
})
export class MeetingDecisionFormComponent extends MeetingFormBase {
  readonly meeting = input.required<MeetingFieldsFragment>();
  /** The meeting's parts, when it was held in parts: a decision then says which part it was made in. */
  readonly parts = input<readonly { id: string; position: number; title: string; childAttended: boolean }[]>([]);
  protected readonly partId = signal('');
  protected readonly partOptions = computed((): SelectOption[] =>
    this.parts().map((p) => ({ value: p.id, label: `${p.position}. ${p.title}${p.childAttended ? '' : ' (the child was not there)'}` })),
  );
  protected readonly rule = SIGNIFICANT_DECISION_RULE;
  protected readonly text = signal('');
  protected readonly significant = signal(false);
  protected readonly chosen = signal<string | null>(null);
  protected readonly confirmation = signal<string | null>(null);
  /** Inputs the chair may link: the advocate's own, for this meeting (never those the chair typed before). */
  protected readonly linkable = computed(() => this.meeting().advocateInputs.filter((i) => !i.migratedFromChair));

  /** What is missing, or what the decision will rest on: the server's own rule, previewed. */
  protected readonly preview = computed(() => {
    const m = this.meeting();
    const linked = m.advocateInputs.find((i) => i.id === this.chosen());
    const guard = significantDecisionGuard({
      significant: true,
      meetingId: m.id,
      linkedInput: linked === undefined ? null : { meetingId: linked.meetingId, recordedByChildsAdvocate: true, migratedFromChair: linked.migratedFromChair },
      selfRepresentationRecorded: m.childSelfRepresenting,
      childOptedOut: m.childOptedOut,
    });
    if (!guard.allowed) return `Missing: ${guard.reason}`;
    return guard.basis === null ? '' : BASIS[guard.basis];
  });

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const problems = [
      ...(this.text().trim() === '' ? [{ fieldId: 'decisionText', message: 'Enter the decision' }] : []),
      ...(this.partOptions().length > 0 && this.partId() === '' ? [{ fieldId: 'partId', message: 'Select the part of the meeting it was made in' }] : []),
    ];
    const text = this.text().trim();
    const input = {
      meetingId: this.meeting().id,
      text: this.text(),
      significant: this.significant(),
      advocateInputId: this.chosen(),
      partId: this.partId() || null,
    };
    const ok = await this.run(
      problems,
      'advocateInputId',
      async () => (await this.graphql.request(RecordMeetingDecisionDocument, { input })).recordMeetingDecision,
    );
    this.errors.update((errors) => errors.map((e) => (e.fieldId === 'text' ? { ...e, fieldId: 'decisionText' } : e)));
    if (ok) {
      this.text.set('');
      this.chosen.set(null);
      this.partId.set('');
      this.significant.set(false);
      this.confirmation.set(`Decision recorded: "${text}".`);
    }
  }
}
