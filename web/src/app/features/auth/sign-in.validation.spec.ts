import { validateSignIn } from './sign-in.validation';

describe('the sign-in form catches obvious slips before asking the API', () => {
  it('accepts an email address and a password', () => {
    expect(validateSignIn('  advocate@demo.heard ', 'demo-password')).toEqual([]);
  });

  it('names every empty field, in the order of the form', () => {
    expect(validateSignIn(' ', '')).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('asks for an email address in the correct format', () => {
    expect(validateSignIn('advocate@demo', 'x')).toEqual([{ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' }]);
  });
});
