import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AdminAddLaStaffDocument,
  AdminLaStaffDocument,
  AdminLocalAuthoritiesDocument,
  AdminUpdateLaStaffDocument,
  type AdminStaffFieldsFragment,
  type LaStaffRole,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { errorMessage } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';

/** Any LA's social workers and team managers: adding one, deactivating one (they never chair again) or bringing them back. */
function staffRole(value: string): LaStaffRole | null {
  return value === 'SOCIAL_WORKER' || value === 'TEAM_MANAGER' ? value : null;
}

@Component({
  selector: 'app-la-staff-page',
  imports: [EmptyStateComponent, FormNoticesComponent, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="saved()" />
    <h1 class="heading-l">LA staff</h1>
    <form class="form-group" novalidate (submit)="choose($event)">
      <label class="label" for="localAuthorityId">Local authority</label>
      <select class="select" id="localAuthorityId" (change)="laId.set(value($event))">
        <option value="">Select a local authority</option>
        @for (la of las.data() ?? []; track la.id) {
          <option [value]="la.id" [selected]="la.id === laId()">{{ la.name }}</option>
        }
      </select>
      <button class="button button--secondary" type="submit">Show staff</button>
    </form>
    @if (shown(); as la) {
      @if (staff().length === 0) {
        <app-empty-state message="This local authority has no staff recorded yet." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Staff of {{ la.name }}</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Manager</th><th scope="col">Experienced</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Change</span></th></tr></thead>
          <tbody>
            @for (s of staff(); track s.id) {
              <tr>
                <td data-label="Name">{{ s.fullName }}</td>
                <td data-label="Role">{{ s.role === 'TEAM_MANAGER' ? 'Team manager' : 'Social worker' }}</td>
                <td data-label="Manager">{{ s.managerName ?? 'None' }}</td>
                <td data-label="Experienced">{{ s.experienced ? 'Yes' : 'No' }}</td>
                <td data-label="Status">{{ s.active ? 'Active' : 'Deactivated' }}</td>
                <td>
                  <button class="button button--secondary" type="button" [id]="'toggle-' + s.id" [disabled]="saving()" (click)="toggle(s)">
                    {{ s.active ? 'Deactivate' : 'Reactivate' }}<span class="visually-hidden"> {{ s.fullName }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      <h2 class="heading-m">Add a staff member to {{ la.name }}</h2>
      <form novalidate (submit)="add($event, la.id)">
        <div class="form-group" [class.form-group--error]="fieldError('fullName')">
          <label class="label" for="fullName">Full name</label>
          @if (fieldError('fullName'); as e) {
            <p class="error-message" id="fullName-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <input class="input" id="fullName" type="text" [value]="fullName()" (input)="fullName.set(value($event))" />
        </div>
        <div class="form-group" appSelectField fieldId="role" label="Role" placeholder="Select a role" [options]="roles" [error]="fieldError('role')" [(value)]="role"></div>
        <div class="form-group" [class.form-group--error]="fieldError('managerId')">
          <label class="label" for="managerId">Manager</label>
          @if (fieldError('managerId'); as e) {
            <p class="error-message" id="managerId-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <select class="select" id="managerId" (change)="managerId.set(value($event))">
            <option value="">None</option>
            @for (m of managers(); track m.id) {
              <option [value]="m.id">{{ m.fullName }}</option>
            }
          </select>
        </div>
        <div class="checkboxes form-group">
          <div class="checkboxes__item">
            <input class="checkboxes__input" type="checkbox" id="experienced" [checked]="experienced()" (change)="experienced.set(checked($event))" />
            <label class="label checkboxes__label" for="experienced">Experienced: may chair care-planning meetings</label>
          </div>
        </div>
        <button class="button" type="submit" [disabled]="saving()">Add staff member</button>
      </form>
    }
  `,
})
export class LaStaffPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly las = loadState(async () => (await this.graphql.request(AdminLocalAuthoritiesDocument, {})).localAuthorities);
  protected readonly laId = signal('');
  protected readonly shown = signal<{ id: string; name: string } | null>(null);
  protected readonly staff = signal<readonly AdminStaffFieldsFragment[]>([]);
  protected readonly saved = signal<string | null>(null);
  protected readonly fullName = signal('');
  protected readonly roles: readonly SelectOption[] = [
    { value: 'SOCIAL_WORKER', label: 'Social worker' },
    { value: 'TEAM_MANAGER', label: 'Team manager' },
  ];
  /** No role is chosen for the admin: whether someone manages a team decides who may chair meetings. */
  protected readonly role = signal('');
  protected readonly managerId = signal('');
  protected readonly experienced = signal(false);

  protected managers(): AdminStaffFieldsFragment[] {
    return this.staff().filter((s) => s.role === 'TEAM_MANAGER' && s.active);
  }

  protected async choose(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const la = (this.las.data() ?? []).find((l) => l.id === this.laId());
    if (la === undefined) {
      this.errors.set([{ fieldId: 'localAuthorityId', message: 'Select a local authority' }]);
      return;
    }
    this.errors.set([]);
    await this.load(la);
  }

  private async load(la: { id: string; name: string }): Promise<void> {
    try {
      this.staff.set((await this.graphql.request(AdminLaStaffDocument, { localAuthorityId: la.id })).laStaffOf);
      this.shown.set(la);
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: 'localAuthorityId', message: errorMessage(problem) }]);
    }
  }

  protected async toggle(s: AdminStaffFieldsFragment): Promise<void> {
    this.saved.set(null);
    const input = { staffId: s.id, fullName: s.fullName, role: s.role, managerId: s.managerId ?? null, experienced: s.experienced, active: !s.active };
    const ok = await submitForm(this.errors, this.saving, `toggle-${s.id}`, async () => {
      const updated = (await this.graphql.request(AdminUpdateLaStaffDocument, { input })).updateLaStaffMember;
      this.saved.set(updated.active ? `${updated.fullName} is active again.` : `${updated.fullName} is deactivated and will not chair meetings.`);
    });
    const la = this.shown();
    if (ok && la !== null) await this.load(la);
  }

  protected async add(event: SubmitEvent, localAuthorityId: string): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const role = staffRole(this.role());
    const problems: SummaryError[] = [];
    if (this.fullName().trim() === '') problems.push({ fieldId: 'fullName', message: 'Enter the staff member’s full name' });
    if (role === null) problems.push({ fieldId: 'role', message: 'Select whether they are a social worker or a team manager' });
    this.errors.set(problems);
    if (role === null || problems.length > 0) return;
    const input = { localAuthorityId, fullName: this.fullName(), role, managerId: this.managerId() || null, experienced: this.experienced() };
    const ok = await submitForm(this.errors, this.saving, 'fullName', async () => {
      const added = (await this.graphql.request(AdminAddLaStaffDocument, { input })).addLaStaffMemberToLa;
      this.saved.set(`${added.fullName} is added.`);
    });
    const la = this.shown();
    if (ok && la !== null) {
      this.fullName.set('');
      this.role.set('');
      await this.load(la);
    }
  }
}
