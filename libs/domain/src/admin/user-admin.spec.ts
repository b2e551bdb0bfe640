import { accountLinkExpiry, normaliseDisplayName, normaliseEmail, organisationProblem, passwordProblem, userStatus } from './user-accounts';
import { allowedUserAccountCommands, CANNOT_CHANGE_OWN_ACCOUNT, userAccountRefusal, USER_ADMIN_COMMAND_ROLES } from './user-admin-commands';

const NOW = new Date('2026-03-02T10:00:00Z');
const LA = '11111111-1111-4111-8111-111111111111';
const PROVIDER = '22222222-2222-4222-8222-222222222222';

describe("an account's status", () => {
  it('is deactivated before anything else, then locked while the lock lasts, then invited until a password is set', () => {
    const later = new Date('2026-03-02T10:15:00Z');
    expect(userStatus({ active: false, hasPassword: true, lockedUntil: later }, NOW)).toBe('DEACTIVATED');
    expect(userStatus({ active: true, hasPassword: true, lockedUntil: later }, NOW)).toBe('LOCKED');
    expect(userStatus({ active: true, hasPassword: true, lockedUntil: new Date('2026-03-02T09:59:59Z') }, NOW)).toBe('ACTIVE');
    expect(userStatus({ active: true, hasPassword: false, lockedUntil: null }, NOW)).toBe('INVITED');
    expect(userStatus({ active: true, hasPassword: true, lockedUntil: null }, NOW)).toBe('ACTIVE');
  });
});

describe('a new password', () => {
  it('has at least 12 characters, at most 200, and is not the email address', () => {
    expect(passwordProblem('elevenchars', 'a@b.org')).toBe('Your password must be at least 12 characters.');
    expect(passwordProblem('twelve chars', 'a@b.org')).toBeNull();
    expect(passwordProblem('x'.repeat(201), 'a@b.org')).toBe('Your password must be 200 characters or fewer.');
    expect(passwordProblem('Sam.Jones@Example.org', 'sam.jones@example.org')).toBe('Your password must not be your email address.');
  });

  it('works for 7 days from the link being sent', () => {
    expect(accountLinkExpiry(NOW).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });
});

describe('what an administrator enters about a user', () => {
  it('stores the email trimmed and in lower case, and names the field of any problem', () => {
    expect(normaliseEmail('  Sam.Jones@Example.ORG ')).toEqual({ email: 'sam.jones@example.org' });
    expect(normaliseEmail(' ')).toEqual({ field: 'email', message: 'Enter their email address.' });
    expect(normaliseEmail('sam.jones')).toEqual({ field: 'email', message: 'Enter an email address in the correct format, like name@example.org.' });
    expect(normaliseDisplayName('  Sam Jones ')).toEqual({ displayName: 'Sam Jones' });
    expect(normaliseDisplayName('')).toEqual({ field: 'displayName', message: 'Enter their full name.' });
    expect(normaliseDisplayName('x'.repeat(121))).toEqual({ field: 'displayName', message: 'Their full name must be 120 characters or fewer.' });
  });

  it('an LA manager belongs to a local authority, an advocate to a provider, and nobody else to either', () => {
    expect(organisationProblem({ role: 'LA_MANAGER', localAuthorityId: LA, advocacyProviderId: null })).toBeNull();
    expect(organisationProblem({ role: 'ADVOCATE', localAuthorityId: null, advocacyProviderId: PROVIDER })).toBeNull();
    expect(organisationProblem({ role: 'ADMIN', localAuthorityId: null, advocacyProviderId: null })).toBeNull();
    expect(organisationProblem({ role: 'PROVIDER_MANAGER', localAuthorityId: null, advocacyProviderId: PROVIDER })).toBeNull();
    expect(organisationProblem({ role: 'PROVIDER_MANAGER', localAuthorityId: null, advocacyProviderId: null })).toEqual({
      field: 'advocacyProviderId',
      message: 'Select the advocacy provider this manager supervises.',
    });
    expect(organisationProblem({ role: 'PROVIDER_MANAGER', localAuthorityId: LA, advocacyProviderId: PROVIDER })).toEqual({
      field: 'localAuthorityId',
      message: 'A provider manager does not belong to a local authority.',
    });
    expect(organisationProblem({ role: 'LA_MANAGER', localAuthorityId: null, advocacyProviderId: null })).toEqual({
      field: 'localAuthorityId',
      message: 'Select the local authority this manager works for.',
    });
    expect(organisationProblem({ role: 'LA_MANAGER', localAuthorityId: LA, advocacyProviderId: PROVIDER })).toEqual({
      field: 'advocacyProviderId',
      message: 'A local authority manager does not belong to an advocacy provider.',
    });
    expect(organisationProblem({ role: 'ADVOCATE', localAuthorityId: null, advocacyProviderId: null })).toEqual({
      field: 'advocacyProviderId',
      message: 'Select the advocacy provider this advocate works for.',
    });
    expect(organisationProblem({ role: 'ADVOCATE', localAuthorityId: LA, advocacyProviderId: PROVIDER })).toEqual({
      field: 'localAuthorityId',
      message: 'An advocate does not belong to a local authority.',
    });
    expect(organisationProblem({ role: 'DATA_PROTECTION_OFFICER', localAuthorityId: LA, advocacyProviderId: null })).toBeNull();
    expect(organisationProblem({ role: 'DATA_PROTECTION_OFFICER', localAuthorityId: null, advocacyProviderId: null })).toEqual({
      field: 'localAuthorityId',
      message: 'Select the local authority this data protection officer works for.',
    });
    expect(organisationProblem({ role: 'DATA_PROTECTION_OFFICER', localAuthorityId: LA, advocacyProviderId: PROVIDER })).toEqual({
      field: 'advocacyProviderId',
      message: 'A data protection officer does not belong to an advocacy provider.',
    });
    expect(organisationProblem({ role: 'COMMISSIONER_STAFF', localAuthorityId: LA, advocacyProviderId: null })).toEqual({
      field: 'localAuthorityId',
      message: 'Only a local authority manager or data protection officer belongs to a local authority.',
    });
    expect(organisationProblem({ role: 'ADMIN', localAuthorityId: null, advocacyProviderId: PROVIDER })).toEqual({
      field: 'advocacyProviderId',
      message: 'Only an advocate or a provider manager belongs to an advocacy provider.',
    });
  });
});

describe('what may be done to an account', () => {
  it('only administrators administer users', () => {
    expect(Object.values(USER_ADMIN_COMMAND_ROLES).every((roles) => roles.length === 1 && roles[0] === 'ADMIN')).toBe(true);
  });

  it('follows the account’s status', () => {
    expect(allowedUserAccountCommands({ status: 'ACTIVE', isCaller: false }, 'ADMIN')).toEqual(['CHANGE_ROLE', 'DEACTIVATE', 'FORCE_PASSWORD_RESET']);
    expect(allowedUserAccountCommands({ status: 'INVITED', isCaller: false }, 'ADMIN')).toEqual(['CHANGE_ROLE', 'DEACTIVATE', 'FORCE_PASSWORD_RESET']);
    expect(allowedUserAccountCommands({ status: 'LOCKED', isCaller: false }, 'ADMIN')).toEqual(['CHANGE_ROLE', 'DEACTIVATE', 'UNLOCK', 'FORCE_PASSWORD_RESET']);
    expect(allowedUserAccountCommands({ status: 'DEACTIVATED', isCaller: false }, 'ADMIN')).toEqual(['REACTIVATE']);
    expect(allowedUserAccountCommands({ status: 'ACTIVE', isCaller: false }, 'COMMISSIONER_STAFF')).toEqual([]);
  });

  it('an administrator cannot deactivate, demote or reset themself', () => {
    expect(allowedUserAccountCommands({ status: 'ACTIVE', isCaller: true }, 'ADMIN')).toEqual([]);
    expect(userAccountRefusal({ status: 'ACTIVE', isCaller: true }, 'DEACTIVATE', 'Chris Taylor')).toBe(CANNOT_CHANGE_OWN_ACCOUNT);
    expect(userAccountRefusal({ status: 'LOCKED', isCaller: true }, 'UNLOCK', 'Chris Taylor')).toBeNull();
  });

  it('says why a command does not fit the account now', () => {
    expect(userAccountRefusal({ status: 'DEACTIVATED', isCaller: false }, 'DEACTIVATE', 'Sam Jones')).toBe("Sam Jones's account is already deactivated.");
    expect(userAccountRefusal({ status: 'ACTIVE', isCaller: false }, 'REACTIVATE', 'Sam Jones')).toBe("Sam Jones's account is already active.");
    expect(userAccountRefusal({ status: 'ACTIVE', isCaller: false }, 'UNLOCK', 'Sam Jones')).toBe("Sam Jones's account is not locked.");
    expect(userAccountRefusal({ status: 'DEACTIVATED', isCaller: false }, 'CHANGE_ROLE', 'Sam Jones')).toBe(
      "Sam Jones's account is deactivated. Reactivate it first.",
    );
  });
});
