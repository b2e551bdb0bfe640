import { subjectAccessExportExpiry, thirdPartyNamesIn } from './third-party-names';

describe('third parties named in free text', () => {
  it('finds whole-word names ignoring case, each once, in the order given', () => {
    expect(thirdPartyNamesIn('Gran (Mary Jones) said mary jones would visit; Tom agreed.', ['Mary Jones', 'Tom', 'Tomas', 'Mary Jones'])).toEqual([
      'Mary Jones',
      'Tom',
    ]);
  });

  it('ignores names inside other words and one-letter names', () => {
    expect(thirdPartyNamesIn('Tomorrow A. will call', ['Tom', 'A'])).toEqual([]);
  });

  it('treats a name with punctuation literally', () => {
    expect(thirdPartyNamesIn("Spoke to O'Neil (foster carer)", ["O'Neil", 'O.Neil'])).toEqual(["O'Neil"]);
  });
});

describe('subject-access export expiry', () => {
  it('is the given number of whole days after it became ready', () => {
    expect(subjectAccessExportExpiry(new Date('2026-03-27T10:15:00Z'), 7).toISOString()).toBe('2026-04-03T10:15:00.000Z');
  });
});
