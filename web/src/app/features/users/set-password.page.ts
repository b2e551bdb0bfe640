import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SetPasswordDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { submitForm } from '../../shared/ui/submit';
import { newPasswordErrors } from './user-labels';

/** Public: the page an invitation or password-reset email links to (`/set-password?token=…`). */
@Component({
  selector: 'app-set-password-page',
  imports: [FormNoticesComponent, RouterLink],
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
            <div class="form-group" [class.form-group--error]="fieldError('password') !== null || fieldError('token') !== null">
              <label class="label" for="password">New password</label>
              @if (fieldError('password') ?? fieldError('token'); as message) {
                <p id="password-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <input
                class="input"
                [class.input--error]="fieldError('password') !== null"
                id="password"
                type="password"
                autocomplete="new-password"
                [value]="password()"
                (input)="password.set(value($event))"
                [attr.aria-describedby]="fieldError('password') !== null || fieldError('token') !== null ? 'password-error' : null"
              />
            </div>
            <div class="form-group" [class.form-group--error]="fieldError('confirmation') !== null">
              <label class="label" for="confirmation">Type the password again</label>
              @if (fieldError('confirmation'); as message) {
                <p id="confirmation-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <input
                class="input"
                [class.input--error]="fieldError('confirmation') !== null"
                id="confirmation"
                type="password"
                autocomplete="new-password"
                [value]="confirmationText()"
                (input)="confirmationText.set(value($event))"
                [attr.aria-describedby]="fieldError('confirmation') !== null ? 'confirmation-error' : null"
              />
            </div>
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
