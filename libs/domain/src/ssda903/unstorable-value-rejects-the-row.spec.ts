import { unstorableValue } from './rows';

describe('a 903 row with a value that cannot be stored is rejected, naming the column', () => {
  it('names the first column holding a NUL, a lone surrogate or a control character', () => {
    expect(unstorableValue({ CHILD: 'A1', SEX: '1', DOB: '01/0\u00003/2012' })).toEqual({
      column: 'DOB',
      code: 'UNSTORABLE_VALUE',
      reason: 'The value contains a character that cannot be stored (a NUL byte at position 5).',
    });
    expect(unstorableValue({ CHILD: 'A\uD800', SEX: '\u0001' })).toEqual({
      column: 'CHILD',
      code: 'UNSTORABLE_VALUE',
      reason: 'The value contains a character that cannot be stored (a lone UTF-16 surrogate (U+D800) at position 2).',
    });
    expect(unstorableValue({ CHILD: 'A1', ETHNIC: 'WB\u001BRI' })).toEqual({
      column: 'ETHNIC',
      code: 'UNSTORABLE_VALUE',
      reason: 'The value contains a character that cannot be stored (the control character U+001B at position 3).',
    });
  });

  it('names a value that was not valid UTF-8 in the file (read as U+FFFD)', () => {
    expect(unstorableValue({ CHILD: 'A1', ETHNIC: 'W\uFFFD\uFFFDRI' })).toEqual({
      column: 'ETHNIC',
      code: 'UNSTORABLE_VALUE',
      reason: 'The value contains a character that cannot be stored (bytes that are not valid UTF-8 at position 2).',
    });
  });

  it('accepts ordinary values, including empty ones and tabs', () => {
    expect(unstorableValue({ CHILD: 'A1', SEX: '1', DOB: '01/03/2012', UPN: '', MOTHER: '\t' })).toBeNull();
  });
});
