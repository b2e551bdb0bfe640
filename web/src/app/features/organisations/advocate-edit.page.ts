import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome } from '@heard/domain';
import { AdminAdvocateFormDocument, AdminUpdateAdvocateDocument, type AdvocateProfileFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { availabilityText, languagesFrom } from './advocate-availability';

/** What is wrong with the last day an advocate is away (whether it has passed is the server's rule). */
function untilProblem(until: string): SummaryError[] {
  const message = until === '' ? 'Enter the date they are away until' : dateProblem('The date they are away until', until);
  return message === null ? [] : [{ fieldId: 'unavailableUntil', message }];
}

/** Changes one advocate: provider, employing LA (independence), languages, caseload cap and availability. */
@Component({
  selector: 'app-advocate-edit-page',
  imports: [DateFieldComponent, FormNoticesComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="back">Back to advocates</a>
    @if (form.loading() && !form.data()) {
      <p class="body" role="status" aria-live="polite">Loading the advocate…</p>
    } @else if (form.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (advocate(); as a) {
      <app-form-notices [errors]="errors()" [confirmation]="saved()" />
      <h1 class="heading-l">Change {{ a.displayName }}</h1>
      <p class="body">{{ a.activeCaseload }} of {{ a.caseloadCap }} children now. {{ availability(a) }}.</p>
      <form novalidate (submit)="save($event, a)">
        <div class="form-group" [class.form-group--error]="fieldError('advocacyProviderId')">
          <label class="label" for="advocacyProviderId">Advocacy provider</label>
          @if (fieldError('advocacyProviderId'); as e) {
            <p class="error-message" id="advocacyProviderId-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <select class="select" id="advocacyProviderId" [attr.aria-describedby]="fieldError('advocacyProviderId') ? 'advocacyProviderId-error' : null" (change)="providerId.set(value($event))">
            @for (p of form.data()?.advocacyProviders ?? []; track p.id) {
              <option [value]="p.id" [selected]="p.id === providerId()">{{ p.name }}</option>
            }
          </select>
        </div>
        <div class="form-group" [class.form-group--error]="fieldError('employingLocalAuthorityId')">
          <label class="label" for="employingLocalAuthorityId">Local authority that also employs them</label>
          <p class="hint" id="employingLocalAuthorityId-hint">An advocate employed by a local authority never advocates for that authority's children, so they stay independent of it. Choose None if no local authority employs them.</p>
          @if (fieldError('employingLocalAuthorityId'); as e) {
            <p class="error-message" id="employingLocalAuthorityId-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <select class="select" id="employingLocalAuthorityId" [attr.aria-describedby]="describedWithHint('employingLocalAuthorityId')" (change)="employerId.set(value($event))">
            <option value="" [selected]="employerId() === ''">None</option>
            @for (la of form.data()?.localAuthorities ?? []; track la.id) {
              <option [value]="la.id" [selected]="la.id === employerId()">{{ la.name }}</option>
            }
          </select>
        </div>
        <div class="form-group" [class.form-group--error]="fieldError('languages')">
          <label class="label" for="languages">Languages they speak</label>
          <p class="hint" id="languages-hint">One on each line, or separated by commas.</p>
          @if (fieldError('languages'); as e) {
            <p class="error-message" id="languages-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <textarea class="textarea" id="languages" rows="3" [attr.aria-describedby]="describedWithHint('languages')" [value]="languages()" (input)="languages.set(value($event))"></textarea>
        </div>
        <div class="form-group" [class.form-group--error]="fieldError('caseloadCap')">
          <label class="label" for="caseloadCap">Most children at once</label>
          <p class="hint" id="caseloadCap-hint">Not below the {{ a.activeCaseload }} they have now.</p>
          @if (fieldError('caseloadCap'); as e) {
            <p class="error-message" id="caseloadCap-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <input class="input input--width-3" id="caseloadCap" type="text" inputmode="numeric" [attr.aria-describedby]="describedWithHint('caseloadCap')" [value]="cap()" (input)="cap.set(value($event))" />
        </div>
        <fieldset class="fieldset form-group">
          <legend class="fieldset__legend heading-s">Availability</legend>
          <p class="hint">An advocate who is away is not given new children. The children they have stay with them.</p>
          <div class="radios">
            <div class="radios__item">
              <input class="radios__input" type="radio" name="availability" id="available" [checked]="!away()" (change)="away.set(false)" />
              <label class="label radios__label" for="available">Available</label>
            </div>
            <div class="radios__item">
              <input class="radios__input" type="radio" name="availability" id="away" [checked]="away()" (change)="away.set(true)" />
              <label class="label radios__label" for="away">Away</label>
            </div>
            @if (away()) {
              <div class="radios__conditional form-group" appDateField fieldId="unavailableUntil" label="Away up to and including" hint="The last day they are away." [error]="fieldError('unavailableUntil')" [(value)]="until"></div>
            }
          </div>
        </fieldset>
        <button class="button" type="submit" [disabled]="saving()">Save changes</button>
      </form>
    }
  `,
})
export class AdvocateEditPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly back = `${portalHome('ADMIN')}/advocates`;
  protected readonly availability = availabilityText;
  protected readonly saved = signal<string | null>(null);
  protected readonly providerId = signal('');
  protected readonly employerId = signal('');
  protected readonly languages = signal('');
  protected readonly cap = signal('');
  protected readonly away = signal(false);
  protected readonly until = signal('');
  private readonly latest = signal<AdvocateProfileFieldsFragment | null>(null);
  protected readonly form = loadState(async () => {
    const data = await this.graphql.request(AdminAdvocateFormDocument, {});
    const found = data.advocateProfiles.find((a) => a.id === this.id());
    if (found !== undefined) this.fill(found);
    return data;
  });
  protected readonly advocate = computed(() => this.latest());

  /** The field's hint, then its inline error while it has one. */
  protected describedWithHint(field: string): string | null {
    return [`${field}-hint`, this.fieldError(field) ? `${field}-error` : ''].filter((s) => s !== '').join(' ') || null;
  }

  private fill(a: AdvocateProfileFieldsFragment): void {
    this.latest.set(a);
    this.providerId.set(a.advocacyProviderId);
    this.employerId.set(a.employingLocalAuthority?.id ?? '');
    this.languages.set(a.languages.join('\n'));
    this.cap.set(String(a.caseloadCap));
    this.away.set(a.unavailableUntil !== null && a.unavailableUntil !== undefined);
    this.until.set(a.unavailableUntil ?? '');
  }

  protected async save(event: SubmitEvent, a: AdvocateProfileFieldsFragment): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const languages = languagesFrom(this.languages());
    const cap = /^\d+$/.test(this.cap().trim()) ? Number(this.cap().trim()) : null;
    const problems = [
      ...(languages.length === 0 ? [{ fieldId: 'languages', message: 'Enter at least one language the advocate speaks' }] : []),
      ...(cap === null ? [{ fieldId: 'caseloadCap', message: 'Enter the most children they may have, as a whole number, like 30' }] : []),
      ...(this.away() ? untilProblem(this.until()) : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0 || cap === null) return;
    const input = {
      advocateId: a.id,
      version: a.version,
      advocacyProviderId: this.providerId(),
      employingLocalAuthorityId: this.employerId() === '' ? null : this.employerId(),
      languages,
      caseloadCap: cap,
      unavailableUntil: this.away() ? this.until() : null,
    };
    await submitForm(this.errors, this.saving, 'advocacyProviderId', async () => {
      const updated = (await this.graphql.request(AdminUpdateAdvocateDocument, { input })).updateAdvocate;
      this.fill(updated);
      this.saved.set(`${updated.displayName}'s details are saved.`);
    });
  }
}
