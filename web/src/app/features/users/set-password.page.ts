import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SetPasswordDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { newPasswordErrors } from './user-labels';

/** Public: the page an invitation or password-reset email links to (`/set-password?token=…`). */
@Component({
  selector: 'app-set-password-page',
  imports: [FormNoticesComponent, InputFieldComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid-row">
      <div class="column-two-thirds">
        @if (done()) {
          <div class="notification-banner notification-banner--success" role="status">
            <p class="notification-banner__title">Success</p>
            <p class="body">Your password is set.</p>
          </div>
          <h1 class="heading-l">You can now sign in</h1>
          <p class="body"><a class="link" routerLink="/login">Sign in to Heard</a> with your email address and your new password.</p>
        } @else if ((token() ?? '') === '') {
          <h1 class="heading-l">This link is not complete</h1>
          <p class="body">Open the link in your email again, or copy all of it into your browser. If it still does not work, ask your administrator to send you a new one.</p>
        } @else {
          <app-form-notices [errors]="errors()" />
          <h1 class="heading-l">Set your password</h1>
          <p class="body">Choose a password of at least 12 characters. It must not be your email address. A few words you will remember make a good one.</p>
          <form novalidate (submit)="save($event)">
            <div
              class="form-group"
              appInputField
              fieldId="password"
              label="New password"
              type="password"
              autocomplete="new-password"
              [error]="fieldError('password')"
              [(value)]="password"
            ></div>
            <div
              class="form-group"
              appInputField
              fieldId="confirmation"
              label="Type the password again"
              type="password"
              autocomplete="new-password"
              [error]="fieldError('confirmation')"
              [(value)]="confirmationText"
            ></div>
            <button class="button" type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Set password' }}</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class SetPasswordPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  /** From `?token=` in the emailed link. */
  readonly token = input<string>();
  protected readonly password = signal('');
  protected readonly confirmationText = signal('');
  protected readonly done = signal(false);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const problems = newPasswordErrors(this.password(), this.confirmationText());
    this.errors.set(problems);
    if (problems.length > 0) return;
    const token = this.token() ?? '';
    // A refused link is about the link, but the password field is where the reader is: the error links there.
    const ok = await submitForm(this.errors, this.saving, 'password', async () => {
      await this.graphql.request(SetPasswordDocument, { token, password: this.password() }, { endSessionOnUnauthenticated: false });
    });
    if (!ok) this.errors.update((errors) => errors.map((e) => (e.fieldId === 'token' ? { ...e, fieldId: 'password' } : e)));
    this.done.set(ok);
  }
}
