import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { AddRecordCorrectionDocument, type CorrectableItemKind, type CorrectionKind, type RecordCorrectionFieldsFragment } from '@heard/graphql-types';
import { ORIGINAL_STAYS, correctionKindsFor } from '@heard/domain';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import type { RadioOption } from '../contacts/contact-labels';
import { RadioGroupComponent } from '../contacts/radio-group.component';

const KIND_LABELS: Readonly<Record<CorrectionKind, string>> = {
  CORRECTION: 'A correction: something here is wrong',
  CHILD_DISAGREEMENT: 'The child disagrees with what was recorded',
};

/**
 * Beside a recorded item: its corrections and the child's disagreements, marked, with the original left as it is, and
 * "Put this right" for the child's advocate and the child's LA. The server decides who may add which; the form explains.
 */
@Component({
  selector: 'app-item-corrections',
  imports: [FormNoticesComponent, RadioGroupComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .corrections {
      margin-top: 10px;
    }
    .correction {
      border-left: 5px solid #1d70b8;
      padding-left: 15px;
      margin-bottom: 10px;
    }
  `,
  template: `
    @if (shown().length > 0) {
      <div class="corrections" role="group" [attr.aria-label]="'Corrections to ' + itemName()">
        <p class="body"><strong class="tag tag--yellow">Corrected</strong> {{ originalStays }}</p>
        @for (c of shown(); track c.id) {
          <div class="correction" [attr.data-kind]="c.kind">
            <p class="body"><strong>{{ c.label }}</strong></p>
            <p class="body">{{ c.kind === 'CHILD_DISAGREEMENT' ? '"' + c.text + '"' : c.text }}</p>
          </div>
        }
      </div>
    }
    @if (kinds().length > 0) {
      <details class="details">
        <summary class="details__summary">
          <span class="details__summary-text">Put this right<span class="visually-hidden">: {{ itemName() }}</span></span>
        </summary>
        <div class="details__text">
          <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
          <form novalidate (submit)="save($event)">
            <p class="hint">The original stays as recorded. What you add is shown beside it to everyone who can see it.</p>
            <app-radio-group [fieldId]="kindId()" legend="What do you want to add?" [options]="options()" [error]="fieldError(kindId())" [(value)]="kind" />
            <div
              class="form-group"
              appTextareaField
              [fieldId]="textId()"
              [label]="kind() === 'CHILD_DISAGREEMENT' ? 'What the child says, in their own words' : 'What is wrong, and what is right'"
              [rows]="3"
              [error]="fieldError(textId())"
              [(value)]="text"
            ></div>
            <button class="button button--secondary" type="submit" [disabled]="saving()">Add to the record</button>
          </form>
        </div>
      </details>
    }
  `,
})
export class ItemCorrectionsComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly childId = input.required<string>();
  readonly itemKind = input.required<CorrectableItemKind>();
  readonly itemId = input.required<string>();
  /** What the item is, in a few words, for screen readers: "the decision: Maya will see her brother". */
  readonly itemName = input.required<string>();
  readonly corrections = input.required<readonly RecordCorrectionFieldsFragment[]>();
  protected readonly originalStays = ORIGINAL_STAYS;
  protected readonly added = signal<readonly RecordCorrectionFieldsFragment[]>([]);
  protected readonly shown = computed(() => [...this.corrections(), ...this.added().filter((a) => !this.corrections().some((c) => c.id === a.id))]);
  protected readonly kinds = computed(() => {
    const role = this.session.user()?.role;
    return role === undefined ? [] : correctionKindsFor(role);
  });
  protected readonly options = computed((): RadioOption[] => this.kinds().map((k) => ({ value: k, label: KIND_LABELS[k] })));
  /** The chosen kind; nothing is chosen at first. */
  protected readonly kind = signal('');
  protected readonly text = signal('');
  protected readonly confirmation = signal<string | null>(null);
  protected readonly kindId = computed(() => `correction-${this.itemId()}-kind`);
  protected readonly textId = computed(() => `correction-${this.itemId()}-text`);

  constructor() {
    super();
    // A new item (the page reloaded another record) starts with nothing added.
    effect(() => {
      this.itemId();
      this.added.set([]);
    });
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const kind = this.kinds().find((k) => k === this.kind()) ?? null;
    const problems: SummaryError[] = [
      ...(kind === null ? [{ fieldId: this.kindId(), message: 'Choose whether this is a correction or the child’s disagreement' }] : []),
      ...(this.text().trim() === '' ? [{ fieldId: this.textId(), message: 'Enter what is wrong, or what the child says' }] : []),
    ];
    this.errors.set(problems);
    if (kind === null || problems.length > 0) return;
    const input = { childId: this.childId(), itemKind: this.itemKind(), itemId: this.itemId(), kind, text: this.text() };
    const ids = { kind: this.kindId(), text: this.textId() };
    const saved = await submitForm(
      this.errors,
      this.saving,
      this.textId(),
      async () => {
        const { addRecordCorrection } = await this.graphql.request(AddRecordCorrectionDocument, { input });
        this.added.update((list) => [...list, addRecordCorrection]);
        this.confirmation.set(`Added to the record: ${addRecordCorrection.label}. The original stays as it was recorded.`);
      },
      ids,
    );
    if (saved) {
      this.kind.set('');
      this.text.set('');
    }
  }
}
