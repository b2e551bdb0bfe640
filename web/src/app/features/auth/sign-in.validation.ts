export type SignInField = 'email' | 'password';

export interface SignInFieldError {
  readonly field: SignInField;
  readonly message: string;
}

/** Deliberately loose: the server decides who can sign in; this only catches obvious slips. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks for the sign-in form, worded like the GOV.UK Design System's error messages. */
export function validateSignIn(email: string, password: string): SignInFieldError[] {
  const errors: SignInFieldError[] = [];
  const trimmed = email.trim();
  if (trimmed === '') {
    errors.push({ field: 'email', message: 'Enter your email address' });
  } else if (!EMAIL_SHAPE.test(trimmed)) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (password === '') {
    errors.push({ field: 'password', message: 'Enter your password' });
  }
  return errors;
}
