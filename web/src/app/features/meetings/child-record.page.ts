import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  MeetingChildRecordDocument,
  RecordChildRecordGoneThroughDocument,
  SaveChildRecordDocument,
  type ChildRecordPageFieldsFragment,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { errorMessage } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { todayIso, UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { measureReadingAge } from './reading-age';

/** The child's advocate writes the child's plain-words record of a completed meeting, checks its reading age, and records going through it with the child. */
@Component({
  selector: 'app-child-record-page',
  imports: [RouterLink, DateFieldComponent, FormNoticesComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/advocate', 'meetings', id()]">Back to the meeting</a>
    @if (loadError(); as message) {
      <h1 class="heading-l">Record not available</h1>
      <p class="body">{{ message }}</p>
    } @else if (record(); as r) {
      <span class="caption-l">Meeting on {{ r.meetingDate | ukDate }}</span>
      <h1 class="heading-l">Record for {{ r.childGivenName }}</h1>
      <app-form-notices [errors]="errors()" [confirmation]="saved()" />
      @if (r.canEdit) {
        <form novalidate (submit)="save($event)">
          <div
            class="form-group"
            appTextareaField
            fieldId="text"
            [label]="'What you will tell ' + r.childGivenName"
            [hint]="'Plain words, speaking to ' + r.childGivenName + '. It starts from a draft made from the meeting\\'s decisions and actions.'"
            [rows]="14"
            [error]="fieldError('text')"
            [(value)]="text"
          ></div>
          <div class="inset-text" id="reading-age" aria-live="polite">
            <p class="body"><strong>{{ guidance().message }}</strong></p>
          </div>
          <button class="button" type="submit" [disabled]="saving()">Save the record</button>
        </form>
      } @else {
        <p class="body">Only {{ r.childGivenName }}'s current advocate can change this record.</p>
      }
      @if (r.text !== null) {
        <p class="body"><a class="link" [routerLink]="['/advocate', 'meetings', id(), 'child-record', 'print']">Print the record for {{ r.childGivenName }}</a></p>
        <h2 class="heading-m">We went through it together</h2>
        @if (r.goneThroughOn !== null) {
          <dl class="summary-list">
            <div class="summary-list__row"><dt>Date</dt><dd>{{ r.goneThroughOn | ukDate }}</dd></div>
            <div class="summary-list__row"><dt>What {{ r.childGivenName }} said</dt><dd>{{ r.childSaid }}</dd></div>
          </dl>
        }
        @if (r.canEdit) {
          <app-form-notices [errors]="goneErrors()" [confirmation]="goneConfirmation()" />
          <form novalidate (submit)="recordGoneThrough($event)">
            <div class="form-group" appDateField fieldId="goneThroughOn" label="Date you went through it together" [error]="goneError('goneThroughOn')" [(value)]="goneThroughOn"></div>
            <div class="form-group" appTextareaField fieldId="childSaid" [label]="'What ' + r.childGivenName + ' said about it'" [rows]="4" [error]="goneError('childSaid')" [(value)]="childSaid"></div>
            <button class="button button--secondary" type="submit" [disabled]="saving()">Record that you went through it</button>
          </form>
        }
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading the record…</p>
    }
  `,
})
export class ChildRecordPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly record = signal<ChildRecordPageFieldsFragment | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly text = signal('');
  protected readonly guidance = computed(() => measureReadingAge(this.text()));
  protected readonly saved = signal<string | null>(null);
  protected readonly goneErrors = signal<readonly SummaryError[]>([]);
  protected readonly goneConfirmation = signal<string | null>(null);
  protected readonly goneThroughOn = signal(todayIso());
  protected readonly childSaid = signal('');

  constructor() {
    super();
    effect(() => void this.load(this.id()));
  }

  protected goneError(field: string): string | null {
    return this.goneErrors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const record = this.record();
    if (record === null) return;
    this.saved.set(null);
    if (this.text().trim() === '') {
      this.errors.set([{ fieldId: 'text', message: `Enter the record for ${record.childGivenName}` }]);
      return;
    }
    const ok = await submitForm(this.errors, this.saving, 'text', async () => {
      const input = { meetingId: record.meetingId, text: this.text(), version: record.version };
      this.show((await this.graphql.request(SaveChildRecordDocument, { input })).saveChildRecord);
    });
    if (ok) this.saved.set(`The record for ${record.childGivenName} is saved. ${this.guidance().message}`);
  }

  protected async recordGoneThrough(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const record = this.record();
    if (record === null) return;
    this.goneConfirmation.set(null);
    const problems: SummaryError[] = [];
    const dateError =
      this.goneThroughOn() === '' ? 'Enter the date you went through it together' : dateProblem('Date you went through it together', this.goneThroughOn());
    if (dateError !== null) problems.push({ fieldId: 'goneThroughOn', message: dateError });
    if (this.childSaid().trim() === '') problems.push({ fieldId: 'childSaid', message: `Enter what ${record.childGivenName} said about it` });
    this.goneErrors.set(problems);
    if (problems.length > 0) return;
    const ok = await submitForm(this.goneErrors, this.saving, 'childSaid', async () => {
      const input = { meetingId: record.meetingId, version: record.version, goneThroughOn: this.goneThroughOn(), childSaid: this.childSaid() };
      this.show((await this.graphql.request(RecordChildRecordGoneThroughDocument, { input })).recordChildRecordGoneThrough);
    });
    if (ok) {
      this.childSaid.set('');
      this.goneConfirmation.set(`Recorded that you went through the record with ${record.childGivenName}.`);
    }
  }

  private show(record: ChildRecordPageFieldsFragment): void {
    this.record.set(record);
    this.text.set(record.text ?? record.draft ?? '');
  }

  private async load(id: string): Promise<void> {
    try {
      this.show((await this.graphql.request(MeetingChildRecordDocument, { meetingId: id })).meetingChildRecord);
      this.loadError.set(null);
    } catch (problem: unknown) {
      this.loadError.set(errorMessage(problem));
    }
  }
}
