import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome, ROLE_LABELS, type Role } from '@heard/domain';
import { ManagedUsersDocument, UserAdminOrganisationsDocument, type UserStatus } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { organisationOf, ROLE_OPTIONS, STATUS_LABELS, STATUSES, whenSignedIn } from './user-labels';

const PAGE_SIZE = 25;

/** Every user account, by name, filtered by role, organisation and status: who, never what is in a child's record. */
@Component({
  selector: 'app-users-page',
  imports: [EmptyStateComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Users</h1>
    <p class="body">Everyone who can sign in to Heard. Choose a name to change their role, deactivate, unlock or reset their account.</p>
    <a class="button" [routerLink]="invitePath">Invite a user</a>

    <form class="filters" novalidate (submit)="apply($event)" aria-labelledby="filters-title">
      <h2 id="filters-title" class="heading-s">Filter users</h2>
      <div class="filters__fields">
        <div class="form-group">
          <label class="label" for="filter-role">Role</label>
          <select class="select" id="filter-role" name="role">
            <option value="">Any role</option>
            @for (option of roles; track option.value) {
              <option [value]="option.value" [selected]="option.value === role()">{{ option.label }}</option>
            }
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="filter-organisation">Organisation</label>
          <select class="select" id="filter-organisation" name="organisation">
            <option value="">Any organisation</option>
            @if (organisations.data(); as options) {
              <optgroup label="Local authorities">
                @for (la of options.localAuthorities; track la.id) {
                  <option [value]="la.id" [selected]="la.id === organisationId()">{{ la.name }}</option>
                }
              </optgroup>
              <optgroup label="Advocacy providers">
                @for (provider of options.advocacyProviders; track provider.id) {
                  <option [value]="provider.id" [selected]="provider.id === organisationId()">{{ provider.name }}</option>
                }
              </optgroup>
            }
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="filter-status">Status</label>
          <select class="select" id="filter-status" name="status">
            <option value="">Any status</option>
            @for (status of statuses; track status) {
              <option [value]="status" [selected]="status === statusFilter()">{{ statusLabels[status].label }}</option>
            }
          </select>
        </div>
      </div>
      <button class="button button--secondary" type="submit" [disabled]="page.loading()">Apply filters</button>
    </form>

    @if (page.loading() && !page.data()) {
      <p class="body" role="status" aria-live="polite">Loading users…</p>
    } @else if (page.error(); as error) {
      <div class="error-summary" role="alert">
        <h2 class="error-summary__title">There is a problem</h2>
        <p class="body">{{ error }}</p>
      </div>
    } @else if (page.data(); as data) {
      <p class="body" role="status" aria-live="polite">{{ summary() }}</p>
      @if (data.users.length === 0) {
        <app-empty-state message="No users match these filters. Choose different filters, or invite a user." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Users, by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">Last signed in</th>
            </tr>
          </thead>
          <tbody>
            @for (user of data.users; track user.id) {
              <tr>
                <td data-label="Name"><a class="link" [routerLink]="[usersPath, user.id]">{{ user.displayName }}</a></td>
                <td data-label="Email" class="break-words">{{ user.email }}</td>
                <td data-label="Role">{{ roleLabels[user.role] }}</td>
                <td data-label="Organisation">{{ organisationOf(user) }}</td>
                <td data-label="Status"><strong [class]="'tag ' + statusLabels[user.status].tag">{{ statusLabels[user.status].label }}</strong></td>
                <td data-label="Last signed in">{{ whenSignedIn(user.lastSignInAt) }}</td>
              </tr>
            }
          </tbody>
        </table>
        @if (data.total > data.limit) {
          <nav class="pagination" aria-label="Pages of users">
            @if (data.offset > 0) {
              <button class="button button--secondary" type="button" [disabled]="page.loading()" (click)="goTo(data.offset - data.limit)">Previous page</button>
            }
            @if (data.offset + data.limit < data.total) {
              <button class="button button--secondary" type="button" [disabled]="page.loading()" (click)="goTo(data.offset + data.limit)">Next page</button>
            }
          </nav>
        }
      }
    }
  `,
})
export class UsersPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly usersPath = `${portalHome('ADMIN')}/users`;
  protected readonly invitePath = `${portalHome('ADMIN')}/users/invite`;
  protected readonly roles = ROLE_OPTIONS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly organisationOf = organisationOf;
  protected readonly whenSignedIn = whenSignedIn;
  protected readonly role = signal<Role | null>(null);
  protected readonly organisationId = signal<string | null>(null);
  protected readonly statusFilter = signal<UserStatus | null>(null);
  private readonly offset = signal(0);
  protected readonly organisations = loadState(async () => (await this.graphql.request(UserAdminOrganisationsDocument, {})).userAdminOrganisations);
  protected readonly page = loadState(
    async () =>
      (
        await this.graphql.request(ManagedUsersDocument, {
          filter: { role: this.role(), organisationId: this.organisationId(), status: this.statusFilter(), offset: this.offset(), limit: PAGE_SIZE },
        })
      ).users,
  );
  protected readonly summary = computed(() => {
    const data = this.page.data();
    if (data === null || data.total === 0) return 'No users found.';
    const last = Math.min(data.offset + data.limit, data.total);
    return `Showing ${data.offset + 1} to ${last} of ${data.total} ${data.total === 1 ? 'user' : 'users'}.`;
  });

  protected async apply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string): string => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const role = field('role');
    const status = field('status');
    this.role.set(ROLE_OPTIONS.find((option) => option.value === role)?.value ?? null);
    this.organisationId.set(field('organisation') === '' ? null : field('organisation'));
    this.statusFilter.set(STATUSES.find((s) => s === status) ?? null);
    this.offset.set(0);
    await this.page.reload();
  }

  protected async goTo(offset: number): Promise<void> {
    this.offset.set(Math.max(0, offset));
    await this.page.reload();
  }
}
