import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { childSearchProblem } from '@heard/domain';
import { ChildSearchDocument, type CaseloadFieldsFragment, type ChildSearchQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { ukDate } from '../../shared/ui/uk-date';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ReassignChildFormComponent, type ReassignTarget } from './reassign-child-form.component';

type Match = ChildSearchQuery['childSearch']['matches'][number];

/** The search's fields as the API names them, and the ids of their inputs here. */
const SEARCH_FIELDS: Readonly<Record<string, string>> = { name: 'search-name', dateOfBirth: 'search-dob', localAuthority: 'search-la' };

/** Finds a child by name, date of birth or LA, then moves them to another advocate, with a reason. */
@Component({
  selector: 'app-reassign-form',
  imports: [DateFieldComponent, ErrorSummaryComponent, InputFieldComponent, ReassignChildFormComponent, UkDatePipe],
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
      <app-reassign-child-form [child]="targetOf(child)" [advocates]="advocates()" (reassigned)="finish($event)" />
    }
  `,
})
export class ReassignFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly advocates = input.required<readonly CaseloadFieldsFragment[]>();
  readonly reassigned = output<string>();
  protected readonly name = signal('');
  protected readonly dateOfBirth = signal('');
  protected readonly localAuthority = signal('');
  protected readonly results = signal<ChildSearchQuery['childSearch'] | null>(null);
  protected readonly chosen = signal<Match | null>(null);

  /** The chosen child as the reassignment form shows them. */
  protected targetOf(child: Match): ReassignTarget {
    return {
      id: child.id,
      name: `${child.givenName} ${child.familyName}`,
      givenName: child.givenName,
      details: [
        { key: 'Date of birth', value: ukDate(child.dateOfBirth) },
        { key: 'Local authority', value: child.localAuthority.name },
        { key: 'Current advocate', value: child.advocate?.displayName ?? 'None' },
      ],
      advocateId: child.advocate?.id ?? null,
    };
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
    this.errors.set([]);
    setTimeout(() => document.getElementById('reassign-advocate')?.focus());
  }

  protected finish(message: string): void {
    this.chosen.set(null);
    this.results.set(null);
    this.reassigned.emit(message);
  }
}
