/** Why a string cannot be stored as text: PostgreSQL refuses NUL, and UTF-8 cannot encode a lone surrogate. */
export type UnstorableKind = 'NUL' | 'LONE_SURROGATE' | 'CONTROL';

export interface UnstorableCharacter {
  kind: UnstorableKind;
  /** Counted in characters (code points) from 1, as a person would count them. */
  position: number;
  codePoint: number;
}

// Anything that might be a problem; most strings never match, so the careful scan below rarely runs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/;

const isAllowedControl = (codePoint: number): boolean => codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;

/**
 * The first character of `value` that cannot be stored faithfully, or null. Refused: NUL (PostgreSQL's text
 * cannot hold it), a lone UTF-16 surrogate (it would silently become U+FFFD) and the other C0 control
 * characters; tab, newline and carriage return are ordinary text. A surrogate pair (an emoji) is one
 * character and is fine.
 */
export function unstorableCharacter(value: string): UnstorableCharacter | null {
  if (!SUSPECT.test(value)) return null;
  let position = 0;
  // for…of walks code points: a whole pair is one step, a lone surrogate is a step of its own.
  for (const character of value) {
    position += 1;
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint === 0) return { kind: 'NUL', position, codePoint };
    if (codePoint < 0x20 && !isAllowedControl(codePoint)) return { kind: 'CONTROL', position, codePoint };
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return { kind: 'LONE_SURROGATE', position, codePoint };
  }
  return null;
}

const hex = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** `a NUL byte at position 5`, `a lone UTF-16 surrogate (U+D83D) at position 8`, `the control character U+0007 at position 2`. */
export function describeUnstorable(found: UnstorableCharacter): string {
  const what =
    found.kind === 'NUL'
      ? 'a NUL byte'
      : found.kind === 'LONE_SURROGATE'
        ? `a lone UTF-16 surrogate (${hex(found.codePoint)})`
        : `the control character ${hex(found.codePoint)}`;
  return `${what} at position ${found.position}`;
}

/** The sentence ending for a value that cannot be stored, or null when it can: `contains a character that cannot be stored (a NUL byte at position 5)`. */
export function unstorableTextProblem(value: string): string | null {
  const found = unstorableCharacter(value);
  return found === null ? null : `contains a character that cannot be stored (${describeUnstorable(found)})`;
}
