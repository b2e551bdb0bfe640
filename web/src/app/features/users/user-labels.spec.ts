import { inviteErrors, newPasswordErrors, organisationFor, organisationOf, roleChoiceErrors, whenSignedIn } from './user-labels';

describe('user administration in the portal', () => {
  it('says when a user last signed in, in London time', () => {
    expect(whenSignedIn(null)).toBe('Never');
    expect(whenSignedIn('2026-03-02T14:05:00.000Z')).toBe('2 March 2026 at 14:05 GMT');
    expect(whenSignedIn('2026-07-21T23:30:00.000Z')).toBe('22 July 2026 at 00:30 BST');
  });

  it('names the organisation a user belongs to', () => {
    expect(organisationOf({ localAuthority: { id: '1', name: 'Northshire County Council' }, advocacyProvider: null })).toBe('Northshire County Council');
    expect(organisationOf({ localAuthority: null, advocacyProvider: { id: '2', name: 'Voices Independent Advocacy' } })).toBe('Voices Independent Advocacy');
    expect(organisationOf({ localAuthority: null, advocacyProvider: null })).toBe('None');
  });

  it('sends only the organisation the chosen role needs', () => {
    expect(organisationFor({ role: 'LA_MANAGER', localAuthorityId: 'la', advocacyProviderId: 'p' })).toEqual({
      localAuthorityId: 'la',
      advocacyProviderId: null,
    });
    expect(organisationFor({ role: 'ADVOCATE', localAuthorityId: 'la', advocacyProviderId: 'p' })).toEqual({ localAuthorityId: null, advocacyProviderId: 'p' });
    expect(organisationFor({ role: 'ADMIN', localAuthorityId: 'la', advocacyProviderId: 'p' })).toEqual({ localAuthorityId: null, advocacyProviderId: null });
  });

  it('checks an invitation with the rules the API applies, each error linked to its field', () => {
    expect(inviteErrors('', 'sam', { role: null, localAuthorityId: '', advocacyProviderId: '' })).toEqual([
      { fieldId: 'displayName', message: 'Enter their full name.' },
      { fieldId: 'email', message: 'Enter an email address in the correct format, like name@example.org.' },
      { fieldId: 'role', message: 'Select their role' },
    ]);
    expect(roleChoiceErrors({ role: 'LA_MANAGER', localAuthorityId: '', advocacyProviderId: '' })).toEqual([
      { fieldId: 'localAuthorityId', message: 'Select the local authority this manager works for.' },
    ]);
    expect(inviteErrors('Sam Jones', 'sam@example.org', { role: 'ADVOCATE', localAuthorityId: '', advocacyProviderId: 'p' })).toEqual([]);
  });

  it('asks for a password of at least 12 characters, typed twice', () => {
    expect(newPasswordErrors('', '')).toEqual([{ fieldId: 'password', message: 'Enter a password' }]);
    expect(newPasswordErrors('short', 'short')).toEqual([{ fieldId: 'password', message: 'Your password must be at least 12 characters.' }]);
    expect(newPasswordErrors('a-long-password', 'a-long-passw0rd')).toEqual([
      { fieldId: 'confirmation', message: 'The passwords do not match: type the same password twice' },
    ]);
    expect(newPasswordErrors('a-long-password', 'a-long-password')).toEqual([]);
  });
});
