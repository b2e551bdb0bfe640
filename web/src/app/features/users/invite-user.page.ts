import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { portalHome, type Role } from '@heard/domain';
import { InviteUserDocument, UserAdminOrganisationsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { RoleFieldsComponent } from './role-fields.component';
import { inviteErrors, organisationFor } from './user-labels';
import { UserNotice } from './user-notice';

/** Invite a user: their account is created without a password and they are emailed a link to choose one. */
@Component({
  selector: 'app-invite-user-page',
  imports: [FormNoticesComponent, InputFieldComponent, RoleFieldsComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="usersPath">Back to users</a>
    <div class="grid-row">
      <div class="column-two-thirds">
        <app-form-notices [errors]="errors()" />
        <h1 class="heading-l">Invite a user</h1>
        <p class="body">
          They will get an email with a link to choose their password. The link works once, for 7 days. Until then their account
          cannot sign in.
        </p>
        <form novalidate (submit)="send($event)">
          <div class="form-group" appInputField fieldId="displayName" label="Full name" [error]="fieldError('displayName')" [(value)]="displayName"></div>
          <div
            class="form-group"
            appInputField
            fieldId="email"
            label="Email address"
            type="email"
            hint="Their work email. The invitation goes here."
            [error]="fieldError('email')"
            [(value)]="email"
          ></div>
          <app-role-fields
            [organisations]="organisations.data()"
            [errors]="errors()"
            [(role)]="role"
            [(localAuthorityId)]="localAuthorityId"
            [(advocacyProviderId)]="advocacyProviderId"
          />
          <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Sending…' : 'Send invitation' }}</button>
        </form>
      </div>
    </div>
  `,
})
export class InviteUserPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly notice = inject(UserNotice);
  protected readonly usersPath = `${portalHome('ADMIN')}/users`;
  protected readonly organisations = loadState(async () => (await this.graphql.request(UserAdminOrganisationsDocument, {})).userAdminOrganisations);
  protected readonly displayName = signal('');
  protected readonly email = signal('');
  protected readonly role = signal<Role | null>(null);
  protected readonly localAuthorityId = signal('');
  protected readonly advocacyProviderId = signal('');

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const choice = { role: this.role(), localAuthorityId: this.localAuthorityId(), advocacyProviderId: this.advocacyProviderId() };
    const problems = inviteErrors(this.displayName(), this.email(), choice);
    this.errors.set(problems);
    const role = choice.role;
    if (problems.length > 0 || role === null) return;
    let invitedId = '';
    const sent = await submitForm(this.errors, this.saving, 'email', async () => {
      const input = { displayName: this.displayName(), email: this.email(), role, ...organisationFor(choice) };
      const invited = (await this.graphql.request(InviteUserDocument, { input })).inviteUser;
      invitedId = invited.id;
      this.notice.set(`Invitation sent to ${invited.email}. ${invited.displayName} can sign in once they have chosen a password.`);
    });
    if (sent) await this.router.navigate([this.usersPath, invitedId]);
  }
}
