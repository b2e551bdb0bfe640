import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { belongsToLocalAuthority, belongsToProvider, type Role } from '@heard/domain';
import type { UserAdminOrganisationsQuery } from '@heard/graphql-types';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { ROLE_OPTIONS } from './user-labels';

/**
 * The role radios (nothing chosen at first) and, under the role that needs one, the local authority or provider
 * select. Field ids are the API's field names, so its errors link to them.
 */
@Component({
  selector: 'app-role-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-group" [class.form-group--error]="errorFor('role') !== null">
      <fieldset class="fieldset" aria-describedby="role-hint">
        <legend class="fieldset__legend heading-s">{{ legend() }}</legend>
        <p id="role-hint" class="hint">What they do decides what they can see.</p>
        @if (errorFor('role'); as message) {
          <p id="role-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="radios">
          @for (option of options; track option.value; let first = $first) {
            <div class="radios__item">
              <input
                class="radios__input"
                type="radio"
                name="role"
                [id]="first ? 'role' : 'role-' + option.value"
                [value]="option.value"
                [checked]="role() === option.value"
                [attr.aria-describedby]="'role-hint-' + option.value"
                (change)="role.set(option.value)"
              />
              <label class="label radios__label" [for]="first ? 'role' : 'role-' + option.value">{{ option.label }}</label>
            </div>
            <p class="hint radios__hint" [id]="'role-hint-' + option.value">{{ option.hint }}</p>
            @if (laRole(option.value) && role() === option.value) {
              <div class="radios__conditional form-group" [class.form-group--error]="errorFor('localAuthorityId') !== null">
                <label class="label" for="localAuthorityId">Local authority</label>
                @if (errorFor('localAuthorityId'); as message) {
                  <p id="localAuthorityId-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
                }
                <select
                  class="select"
                  id="localAuthorityId"
                  [attr.aria-describedby]="errorFor('localAuthorityId') !== null ? 'localAuthorityId-error' : null"
                  (change)="localAuthorityId.set(valueOf($event))"
                >
                  <option value="">Select a local authority</option>
                  @for (la of organisations()?.localAuthorities ?? []; track la.id) {
                    <option [value]="la.id" [selected]="la.id === localAuthorityId()">{{ la.name }}</option>
                  }
                </select>
              </div>
            }
            @if (providerRole(option.value) && role() === option.value) {
              <div class="radios__conditional form-group" [class.form-group--error]="errorFor('advocacyProviderId') !== null">
                <label class="label" for="advocacyProviderId">Advocacy provider</label>
                @if (errorFor('advocacyProviderId'); as message) {
                  <p id="advocacyProviderId-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
                }
                <select
                  class="select"
                  id="advocacyProviderId"
                  [attr.aria-describedby]="errorFor('advocacyProviderId') !== null ? 'advocacyProviderId-error' : null"
                  (change)="advocacyProviderId.set(valueOf($event))"
                >
                  <option value="">Select an advocacy provider</option>
                  @for (provider of organisations()?.advocacyProviders ?? []; track provider.id) {
                    <option [value]="provider.id" [selected]="provider.id === advocacyProviderId()">{{ provider.name }}</option>
                  }
                </select>
              </div>
            }
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class RoleFieldsComponent {
  readonly legend = input('Role');
  readonly organisations = input.required<UserAdminOrganisationsQuery['userAdminOrganisations'] | null>();
  readonly errors = input.required<readonly SummaryError[]>();
  readonly role = model<Role | null>(null);
  readonly localAuthorityId = model('');
  readonly advocacyProviderId = model('');
  protected readonly options = ROLE_OPTIONS;
  protected readonly providerRole = belongsToProvider;
  protected readonly laRole = belongsToLocalAuthority;

  protected errorFor(field: string): string | null {
    return this.errors().find((e) => e.fieldId === field)?.message ?? null;
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
