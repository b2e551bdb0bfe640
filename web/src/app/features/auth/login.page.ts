import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { safeReturnUrl } from '../../core/auth/return-url';
import { homePathFor } from '../../core/auth/roles';
import { SessionService } from '../../core/auth/session.service';
import { SERVICE_PROBLEM_MESSAGE, isGraphqlRequestError } from '../../core/graphql/graphql-request.error';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { validateSignIn, type SignInField, type SignInFieldError } from './sign-in.validation';

@Component({
  selector: 'app-login-page',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  /** Where to go after signing in, from `?returnUrl=`; only followed inside the portal. */
  readonly returnUrl = input<string>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly submitting = signal(false);
  protected readonly signedOutReason = this.session.signedOutReason;

  private readonly fieldErrors = signal<readonly SignInFieldError[]>([]);
  private readonly serverError = signal<string | null>(null);

  protected readonly emailError = computed(() => this.errorFor('email'));
  protected readonly passwordError = computed(() => this.errorFor('password'));
  protected readonly summaryErrors = computed<readonly SummaryError[]>(() => {
    const server = this.serverError();
    if (server !== null) return [{ fieldId: 'email', message: server }];
    return this.fieldErrors().map(({ field, message }) => ({ fieldId: field, message }));
  });

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(pageTitle('Sign in', this.summaryErrors().length > 0)));
  }

  protected onInput(field: SignInField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    (field === 'email' ? this.email : this.password).set(value);
  }

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const problems = validateSignIn(this.email(), this.password());
    this.serverError.set(null);
    this.fieldErrors.set(problems);
    if (problems.length > 0) return;

    this.submitting.set(true);
    try {
      const user = await this.session.login(this.email().trim(), this.password());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl() ?? null) ?? homePathFor(user.role));
    } catch (error: unknown) {
      this.serverError.set(isGraphqlRequestError(error) ? error.message : SERVICE_PROBLEM_MESSAGE);
    } finally {
      this.submitting.set(false);
    }
  }

  private errorFor(field: SignInField): string | null {
    return this.fieldErrors().find((error) => error.field === field)?.message ?? null;
  }
}
