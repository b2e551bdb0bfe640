import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { portalHome, ROLE_LABELS, type Role } from '@heard/domain';
import {
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  ForcePasswordResetDocument,
  ManagedUserDocument,
  type ManagedUserFieldsFragment,
  ReactivateUserDocument,
  UnlockUserDocument,
  UserAdminOrganisationsDocument,
  type UserAccountCommand,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { RoleFieldsComponent } from './role-fields.component';
import { organisationFor, organisationOf, roleChoiceErrors, STATUS_LABELS, whenSignedIn } from './user-labels';
import { UserNotice } from './user-notice';

/** An action that changes the account, with what the confirmation step says about it. */
interface Action {
  command: UserAccountCommand;
  button: string;
  /** Destructive actions are asked about first: what will happen, in a sentence. */
  confirm: ((name: string) => string) | null;
  done: (user: ManagedUserFieldsFragment) => string;
}

const ACTIONS: readonly Action[] = [
  {
    command: 'DEACTIVATE',
    button: 'Deactivate account',
    confirm: (name) => `${name} will be signed out everywhere at once and will not be able to sign in until the account is reactivated.`,
    done: (u) => `${u.displayName}'s account is deactivated. They have been signed out everywhere.`,
  },
  { command: 'REACTIVATE', button: 'Reactivate account', confirm: null, done: (u) => `${u.displayName}'s account is active again. They can sign in.` },
  { command: 'UNLOCK', button: 'Unlock account', confirm: null, done: (u) => `${u.displayName}'s account is unlocked. They can sign in again now.` },
  {
    command: 'FORCE_PASSWORD_RESET',
    button: 'Reset password',
    confirm: (name) => `${name}'s password will stop working and they will be signed out everywhere. They will be emailed a link to choose a new one.`,
    done: (u) => `${u.displayName}'s password has been reset. They have been emailed a link to choose a new one.`,
  },
];

/** One user's account: who they are, and what an administrator may do to it now (the API's allowedCommands). */
@Component({
  selector: 'app-user-page',
  imports: [FormNoticesComponent, RoleFieldsComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="usersPath">Back to users</a>
    @if (user.loading() && !user.data()) {
      <p class="body" role="status" aria-live="polite">Loading the account…</p>
    } @else if (user.error(); as error) {
      <div class="error-summary" role="alert">
        <h2 class="error-summary__title">There is a problem</h2>
        <p class="body">{{ error }}</p>
      </div>
    } @else if (user.data(); as account) {
      <div class="grid-row">
        <div class="column-two-thirds">
          <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
          <h1 class="heading-l">{{ account.displayName }}</h1>
          <dl class="summary-list">
            <div class="summary-list__row"><dt>Email</dt><dd class="break-words">{{ account.email }}</dd></div>
            <div class="summary-list__row"><dt>Role</dt><dd>{{ roleLabels[account.role] }}</dd></div>
            <div class="summary-list__row"><dt>Organisation</dt><dd>{{ organisationOf(account) }}</dd></div>
            <div class="summary-list__row">
              <dt>Status</dt>
              <dd><strong [class]="'tag ' + statusLabels[account.status].tag">{{ statusLabels[account.status].label }}</strong></dd>
            </div>
            @if (account.lockedUntil; as until) {
              <div class="summary-list__row"><dt>Locked until</dt><dd>{{ whenSignedIn(until) }}</dd></div>
            }
            <div class="summary-list__row"><dt>Last signed in</dt><dd>{{ whenSignedIn(account.lastSignInAt) }}</dd></div>
          </dl>

          @if (confirming(); as action) {
            <div class="warning-panel" role="region" aria-labelledby="confirm-title">
              <h2 id="confirm-title" class="heading-m" tabindex="-1">{{ action.button }}?</h2>
              <p class="body">{{ action.confirm?.(account.displayName) }}</p>
              <div class="button-group">
                <button class="button button--warning" type="button" [disabled]="saving()" (click)="run(action, account)">Yes, {{ action.button.toLowerCase() }}</button>
                <button class="button button--secondary" type="button" (click)="confirming.set(null)">Cancel</button>
              </div>
            </div>
          } @else if (changingRole()) {
            <h2 class="heading-m">Change role</h2>
            <p class="body">{{ account.displayName }} will be signed out everywhere, and sees what the new role allows when they sign in again.</p>
            <form novalidate (submit)="changeRole($event, account)">
              <app-role-fields
                legend="New role"
                [organisations]="organisations.data()"
                [errors]="errors()"
                [(role)]="role"
                [(localAuthorityId)]="localAuthorityId"
                [(advocacyProviderId)]="advocacyProviderId"
              />
              <div class="button-group">
                <button class="button" type="submit" [disabled]="saving()">Change role</button>
                <button class="button button--secondary" type="button" (click)="changingRole.set(false)">Cancel</button>
              </div>
            </form>
          } @else {
            <h2 id="manage-title" class="heading-m" tabindex="-1">Manage this account</h2>
            @if (account.allowedCommands.length === 0) {
              <p class="body">This is your own account: another administrator manages it.</p>
            }
            <div class="button-group">
              @if (account.allowedCommands.includes('CHANGE_ROLE')) {
                <button class="button button--secondary" type="button" (click)="startRoleChange(account)">Change role</button>
              }
              @for (action of actionsFor(account); track action.command) {
                <button
                  class="button"
                  [class.button--warning]="action.confirm !== null"
                  [class.button--secondary]="action.confirm === null"
                  type="button"
                  [disabled]="saving()"
                  (click)="action.confirm === null ? run(action, account) : ask(action)"
                >
                  {{ action.button }}
                </button>
              }
            </div>
          }
        </div>
      </div>
    }
  `,
})
export class UserPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly notice = inject(UserNotice);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  readonly id = input.required<string>();
  protected readonly usersPath = `${portalHome('ADMIN')}/users`;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly organisationOf = organisationOf;
  protected readonly whenSignedIn = whenSignedIn;
  protected readonly user = loadState(async () => (await this.graphql.request(ManagedUserDocument, { id: this.id() })).managedUser);
  protected readonly organisations = loadState(async () => (await this.graphql.request(UserAdminOrganisationsDocument, {})).userAdminOrganisations);
  protected readonly confirmation = signal<string | null>(this.notice.take());
  protected readonly confirming = signal<Action | null>(null);
  protected readonly changingRole = signal(false);
  protected readonly role = signal<Role | null>(null);
  protected readonly localAuthorityId = signal('');
  protected readonly advocacyProviderId = signal('');

  protected actionsFor(account: ManagedUserFieldsFragment): readonly Action[] {
    return ACTIONS.filter((action) => account.allowedCommands.includes(action.command));
  }

  protected ask(action: Action): void {
    this.confirmation.set(null);
    this.errors.set([]);
    this.confirming.set(action);
    // The question takes focus once it is on screen, so a screen reader reads it next.
    afterNextRender(() => this.document.getElementById('confirm-title')?.focus(), { injector: this.injector });
  }

  protected startRoleChange(account: ManagedUserFieldsFragment): void {
    this.confirmation.set(null);
    this.errors.set([]);
    this.role.set(null);
    this.localAuthorityId.set(account.localAuthority?.id ?? '');
    this.advocacyProviderId.set(account.advocacyProvider?.id ?? '');
    this.changingRole.set(true);
  }

  protected async run(action: Action, account: ManagedUserFieldsFragment): Promise<void> {
    if (this.saving()) return;
    this.confirmation.set(null);
    const variables = { userId: account.id };
    let updated: ManagedUserFieldsFragment | null = null;
    const ok = await submitForm(this.errors, this.saving, 'manage-title', async () => {
      switch (action.command) {
        case 'DEACTIVATE':
          updated = (await this.graphql.request(DeactivateUserDocument, variables)).deactivateUser;
          break;
        case 'REACTIVATE':
          updated = (await this.graphql.request(ReactivateUserDocument, variables)).reactivateUser;
          break;
        case 'UNLOCK':
          updated = (await this.graphql.request(UnlockUserDocument, variables)).unlockUser;
          break;
        case 'FORCE_PASSWORD_RESET':
          updated = (await this.graphql.request(ForcePasswordResetDocument, variables)).forcePasswordReset;
          break;
        case 'CHANGE_ROLE':
          break;
      }
    });
    this.confirming.set(null);
    if (ok && updated !== null) this.finish(updated, action.done(updated));
    else if (!ok) await this.user.reload();
  }

  protected async changeRole(event: SubmitEvent, account: ManagedUserFieldsFragment): Promise<void> {
    event.preventDefault();
    const choice = { role: this.role(), localAuthorityId: this.localAuthorityId(), advocacyProviderId: this.advocacyProviderId() };
    const problems = roleChoiceErrors(choice);
    this.errors.set(problems);
    const role = choice.role;
    if (problems.length > 0 || role === null) return;
    let updated: ManagedUserFieldsFragment | null = null;
    const ok = await submitForm(this.errors, this.saving, 'role', async () => {
      updated = (await this.graphql.request(ChangeUserRoleDocument, { input: { userId: account.id, role, ...organisationFor(choice) } })).changeUserRole;
    });
    if (ok && updated !== null) {
      const changed: ManagedUserFieldsFragment = updated;
      this.changingRole.set(false);
      this.finish(changed, `${changed.displayName} is now: ${ROLE_LABELS[changed.role]} (${organisationOf(changed)}). They have been signed out everywhere.`);
    }
  }

  private finish(updated: ManagedUserFieldsFragment, message: string): void {
    this.user.set(updated);
    this.confirmation.set(message);
    window.scrollTo({ top: 0 });
  }
}
