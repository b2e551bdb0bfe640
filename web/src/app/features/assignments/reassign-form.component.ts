import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { childSearchProblem } from '@heard/domain';
import { ChildSearchDocument, ReassignChildDocument, type CaseloadFieldsFragment, type ChildSearchQuery, type ReassignmentReason } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { InputFieldComponent, SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { submitForm } from '../../shared/ui/submit';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

type Match = ChildSearchQuery['childSearch']['matches'][number];

/** The search's fields as the API names them, and the ids of their inputs here. */
const SEARCH_FIELDS: Readonly<Record<string, string>> = { name: 'search-name', dateOfBirth: 'search-dob', localAuthority: 'search-la' };

/** Finds a child by name, date of birth or LA, then moves them to another advocate, with a reason. */
@Component({
  selector: 'app-reassign-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, InputFieldComponent, SelectFieldComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Reassign a child</h2>
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <form novalidate (submit)="search($event)">
      <fieldset class="fieldset form-group">
        <legend class="fieldset__legend heading-s">Find the child</legend>
        <p class="hint">Enter any of these. Up to 20 children are shown.</p>
        <div class="form-group" appInputField fieldId="search-name" label="Name" [error]="fieldError('search-name')" [(value)]="name"></div>
        <div class="form-group" appDateField fieldId="search-dob" label="Date of birth" example="9 4 2013" [error]="fieldError('search-dob')" [(value)]="dateOfBirth"></div>
        <div class="form-group" appInputField fieldId="search-la" label="Local authority" [error]="fieldError('search-la')" [(value)]="localAuthority"></div>
      </fieldset>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Search</button>
    </form>

    @if (results(); as found) {
      @if (found.matches.length === 0) {
        <p class="body" role="status">No child matches that search.</p>
      } @else {
        <p class="body" role="status">
          {{ found.more ? 'More than 20 children match: the first 20 are shown. Add a date of birth or local authority to narrow the search.' : matchCount(found.matches.length) }}
        </p>
          <table class="table table--stack">
            <caption class="table__caption">Children matching your search</caption>
            <thead><tr><th scope="col">Child</th><th scope="col">Date of birth</th><th scope="col">Local authority</th><th scope="col">Advocate</th><th scope="col"><span class="visually-hidden">Choose</span></th></tr></thead>
            <tbody>
              @for (match of found.matches; track match.id) {
                <tr>
                  <td data-label="Child">{{ match.givenName }} {{ match.familyName }}</td>
                  <td data-label="Date of birth">{{ match.dateOfBirth | ukDate }}</td>
                  <td data-label="Local authority">{{ match.localAuthority.name }}</td>
                  <td data-label="Advocate">{{ match.advocate?.displayName ?? 'None' }}</td>
                  <td>
                    @if (match.advocate) {
                      <button class="link-button" type="button" (click)="choose(match)">Choose<span class="visually-hidden"> {{ match.givenName }} {{ match.familyName }}</span></button>
                    } @else {
                      No advocate to reassign from
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
      }
    }

    @if (chosen(); as child) {
      <form novalidate (submit)="save($event, child)">
        <h3 class="heading-s">Reassign {{ child.givenName }} {{ child.familyName }}</h3>
        <dl class="summary-list">
          <div class="summary-list__row"><dt>Date of birth</dt><dd>{{ child.dateOfBirth | ukDate }}</dd></div>
          <div class="summary-list__row"><dt>Local authority</dt><dd>{{ child.localAuthority.name }}</dd></div>
          <div class="summary-list__row"><dt>Current advocate</dt><dd>{{ child.advocate?.displayName ?? 'None' }}</dd></div>
        </dl>
        <div
          class="form-group"
          appSelectField
          fieldId="reassign-advocate"
          label="New advocate"
          placeholder="Select an advocate"
          [options]="advocateOptions(child)"
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
        <button class="button" type="submit" [disabled]="saving()">Reassign {{ child.givenName }}</button>
      </form>
    }
  `,
})
export class ReassignFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly advocates = input.required<readonly CaseloadFieldsFragment[]>();
  readonly reassigned = output<string>();
  protected readonly reasons: ReadonlyArray<{ value: ReassignmentReason; label: string }> = [
    { value: 'ADVOCATE_LEFT', label: 'The advocate has left' },
    { value: 'CONFLICT_OF_INTEREST', label: 'Conflict of interest' },
    { value: 'CHILD_REQUEST', label: "The child's request" },
  ];
  protected readonly name = signal('');
  protected readonly dateOfBirth = signal('');
  protected readonly localAuthority = signal('');
  protected readonly results = signal<ChildSearchQuery['childSearch'] | null>(null);
  protected readonly chosen = signal<Match | null>(null);
  protected readonly advocateId = signal('');
  protected readonly reason = signal<ReassignmentReason | null>(null);
  protected readonly note = signal('');

  /** The active advocates other than the child's own, with their caseloads. */
  protected advocateOptions(child: Match): SelectOption[] {
    return this.advocates()
      .filter((a) => a.active && a.advocateId !== child.advocate?.id)
      .map((a) => ({ value: a.advocateId, label: `${a.displayName} (${a.activeCaseload} of ${a.caseloadCap})` }));
  }

  protected matchCount(count: number): string {
    return count === 1 ? '1 child matches.' : `${count} children match.`;
  }

  protected async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const criteria = { name: this.name().trim() || null, dateOfBirth: this.dateOfBirth() || null, localAuthority: this.localAuthority().trim() || null };
    const dateError = dateProblem('Date of birth', this.dateOfBirth());
    const problem = childSearchProblem(criteria);
    if (dateError !== null) this.errors.set([{ fieldId: 'search-dob', message: dateError }]);
    else this.errors.set(problem === null ? [] : [{ fieldId: SEARCH_FIELDS[problem.field] ?? 'search-name', message: problem.message }]);
    if (dateError !== null || problem !== null) return;
    this.chosen.set(null);
    const found = await submitForm(this.errors, this.saving, 'search-name', async () => {
      this.results.set((await this.graphql.request(ChildSearchDocument, { input: criteria })).childSearch);
    });
    if (!found) this.errors.update((errors) => errors.map((e) => ({ ...e, fieldId: SEARCH_FIELDS[e.fieldId] ?? 'search-name' })));
  }

  protected choose(match: Match): void {
    this.chosen.set(match);
    this.advocateId.set('');
    this.errors.set([]);
    setTimeout(() => document.getElementById('reassign-advocate')?.focus());
  }

  protected async save(event: SubmitEvent, child: Match): Promise<void> {
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
      const input = { childId: child.id, advocateId: this.advocateId(), reason, note: this.note().trim() };
      const done = (await this.graphql.request(ReassignChildDocument, { input })).reassignChild;
      message = `${done.childName} now has ${done.advocateName}.`;
    });
    if (!saved) {
      const fields: Readonly<Record<string, string>> = { advocateId: 'reassign-advocate', reason: 'reassign-reason', note: 'reassign-note' };
      this.errors.update((errors) => errors.map((e) => ({ ...e, fieldId: fields[e.fieldId] ?? 'reassign-advocate' })));
      return;
    }
    this.chosen.set(null);
    this.results.set(null);
    this.note.set('');
    this.reason.set(null);
    this.reassigned.emit(message);
  }
}
