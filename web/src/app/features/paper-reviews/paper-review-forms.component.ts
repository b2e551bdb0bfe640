import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  type PaperReviewConsultee,
  PaperReviewChairsDocument,
  type PaperReviewFieldsFragment,
  RecordPaperReviewConsultationDocument,
  SignOffPaperReviewDocument,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ukDate } from '../../shared/ui/uk-date.pipe';
import { CONSULTEE_LABELS } from './paper-review-labels';

/** Recording the consultations the caller may record, and (for the LA) the chair's sign-off. The server decides. */
@Component({
  selector: 'app-paper-review-forms',
  imports: [DateFieldComponent, FormNoticesComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    @if (review().canRecord.length > 0) {
      <form novalidate (submit)="consult($event)">
        <h3 class="heading-s">Record a consultation</h3>
        <div class="form-group">
          <fieldset class="fieldset">
            <legend class="fieldset__legend">Who was consulted</legend>
            <div class="radios">
              @for (w of review().canRecord; track w; let first = $first) {
                <div class="radios__item">
                  <input class="radios__input" type="radio" name="who" [id]="first ? 'who' : 'who-' + w" [checked]="who() === w" (change)="who.set(w)" />
                  <label class="label radios__label" [for]="first ? 'who' : 'who-' + w">{{ label(w) }}</label>
                </div>
              }
            </div>
          </fieldset>
        </div>
        <div class="form-group" appDateField fieldId="consultedOn" label="Consulted on" [error]="fieldError('consultedOn')" [(value)]="consultedOn"></div>
        <div class="form-group" appTextareaField fieldId="summary" label="What they said" [error]="fieldError('summary')" [(value)]="summary"></div>
        <button class="button" type="submit" [disabled]="saving()">Record consultation</button>
      </form>
    }
    @if (review().canSignOff) {
      <form novalidate (submit)="signOff($event)">
        <h3 class="heading-s">Sign off the paper review</h3>
        <div class="form-group"><label class="label" for="chairStaffId">Chair</label>
          <p class="body hint" id="paper-chair-hint">Someone who may chair the child's meetings: the allocated social worker's manager or another experienced social worker.</p>
          <select class="select" id="chairStaffId" aria-describedby="paper-chair-hint" (change)="chair.set(value($event))">
            <option value="">Select the chair</option>
            @for (s of chairs(); track s.id) { <option [value]="s.id">{{ s.fullName }}</option> }
          </select></div>
        <div class="form-group" appDateField fieldId="signedOffOn" label="Signed off on" [error]="fieldError('signedOffOn')" [(value)]="signedOffOn"></div>
        <button class="button" type="submit" [disabled]="saving()">Sign off</button>
      </form>
    }
  `,
})
export class PaperReviewFormsComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly review = input.required<PaperReviewFieldsFragment>();
  readonly updated = output<PaperReviewFieldsFragment>();
  protected readonly who = signal<PaperReviewConsultee | null>(null);
  protected readonly consultedOn = signal('');
  protected readonly summary = signal('');
  protected readonly chair = signal('');
  protected readonly signedOffOn = signal('');
  protected readonly confirmation = signal<string | null>(null);
  private readonly staff = signal<ReadonlyArray<{ id: string; fullName: string; role: string; experienced: boolean }>>([]);
  protected readonly chairs = computed(() => this.staff().filter((s) => s.role === 'TEAM_MANAGER' || s.experienced));

  ngOnInit(): void {
    if (this.review().eligible) void this.loadChairs();
  }

  private async loadChairs(): Promise<void> {
    if (!this.review().canSignOff && this.review().canRecord.every((w) => w === 'CHILD')) return;
    this.staff.set((await this.graphql.request(PaperReviewChairsDocument, {})).laStaff);
  }

  protected label(who: PaperReviewConsultee): string {
    return CONSULTEE_LABELS[who];
  }

  protected async consult(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const who = this.who() ?? (this.review().canRecord.length === 1 ? (this.review().canRecord[0] ?? null) : null);
    const dateError = this.consultedOn() === '' ? 'Enter when they were consulted' : dateProblem('Consulted on', this.consultedOn());
    const problems: SummaryError[] = [
      ...(who === null ? [{ fieldId: 'who', message: 'Select who was consulted' }] : []),
      ...(dateError === null ? [] : [{ fieldId: 'consultedOn', message: dateError }]),
      ...(this.summary().trim() === '' ? [{ fieldId: 'summary', message: 'Enter what they said' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0 || who === null) return;
    const input = { childId: this.review().childId, who, consultedOn: this.consultedOn(), summary: this.summary() };
    const done = await submitForm(this.errors, this.saving, 'who', async () =>
      this.updated.emit((await this.graphql.request(RecordPaperReviewConsultationDocument, { input })).recordPaperReviewConsultation),
    );
    if (done) {
      this.confirmation.set(`Consultation recorded: ${this.label(who).toLowerCase()}, on ${ukDate(input.consultedOn)}.`);
      this.summary.set('');
    }
  }

  protected async signOff(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const dateError = this.signedOffOn() === '' ? 'Enter when it was signed off' : dateProblem('Signed off on', this.signedOffOn());
    const problems: SummaryError[] = [
      ...(this.chair() === '' ? [{ fieldId: 'chairStaffId', message: 'Select the chair' }] : []),
      ...(dateError === null ? [] : [{ fieldId: 'signedOffOn', message: dateError }]),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const input = { childId: this.review().childId, chairStaffId: this.chair(), signedOffOn: this.signedOffOn() };
    const done = await submitForm(this.errors, this.saving, 'chairStaffId', async () =>
      this.updated.emit((await this.graphql.request(SignOffPaperReviewDocument, { input })).signOffPaperReview),
    );
    if (done) this.confirmation.set(`Paper review signed off on ${ukDate(input.signedOffOn)}.`);
  }
}
