import { describeUnstorable, unstorableCharacter, unstorableTextProblem } from './storable-text';

describe('storable text: no NUL, no lone surrogate, no control characters but tab, newline and CR', () => {
  it.each([
    ['plain words', 'I want to see my sister'],
    ['tab, newline and carriage return', 'one\ttwo\r\nthree\n'],
    ['an emoji (a whole surrogate pair)', 'happy \u{1F600} now'],
    ['accents and other scripts', 'Zoë, Łukasz, محمد, 陈'],
    ['the empty string', ''],
    ['DEL and C1 controls (not C0)', 'a\u007Fb\u0085c'],
  ])('accepts %s', (_name, value) => {
    expect(unstorableCharacter(value)).toBeNull();
    expect(unstorableTextProblem(value)).toBeNull();
  });

  it.each([
    ['a NUL', 'Abcd\u0000ef', { kind: 'NUL', position: 5, codePoint: 0 }, 'a NUL byte at position 5'],
    ['a NUL first', '\u0000', { kind: 'NUL', position: 1, codePoint: 0 }, 'a NUL byte at position 1'],
    ['a lone high surrogate', 'I want \uD83D to', { kind: 'LONE_SURROGATE', position: 8, codePoint: 0xd83d }, 'a lone UTF-16 surrogate (U+D83D) at position 8'],
    [
      'a lone low surrogate at the end',
      'ab\uDE00',
      { kind: 'LONE_SURROGATE', position: 3, codePoint: 0xde00 },
      'a lone UTF-16 surrogate (U+DE00) at position 3',
    ],
    ['a bell', 'ring\u0007', { kind: 'CONTROL', position: 5, codePoint: 7 }, 'the control character U+0007 at position 5'],
    ['an escape', '\u001B[31m', { kind: 'CONTROL', position: 1, codePoint: 0x1b }, 'the control character U+001B at position 1'],
    ['a NUL after an emoji (positions count characters)', '\u{1F600}\u0000', { kind: 'NUL', position: 2, codePoint: 0 }, 'a NUL byte at position 2'],
  ])('refuses %s, saying what and where', (_name, value, found, description) => {
    expect(unstorableCharacter(value)).toEqual(found);
    expect(describeUnstorable(found as NonNullable<ReturnType<typeof unstorableCharacter>>)).toBe(description);
    expect(unstorableTextProblem(value)).toBe(`contains a character that cannot be stored (${description})`);
  });

  it('reports only the first problem', () => {
    expect(unstorableCharacter('a\u0007b\u0000')).toEqual({ kind: 'CONTROL', position: 2, codePoint: 7 });
  });
});
