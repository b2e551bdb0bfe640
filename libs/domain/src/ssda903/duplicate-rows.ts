import type { Row } from './rows';

/** What a row is, next to the earlier rows of its file with the same key. */
export type DuplicateVerdict =
  | { kind: 'FIRST' }
  /** Every value is the same as the earlier row's: nothing is lost by skipping it. */
  | { kind: 'SAME'; row: number; code: 'DUPLICATE_ROW'; reason: string }
  /** The same key with different values: the earlier row is kept and this one is rejected. */
  | { kind: 'CONFLICT'; row: number; column: string; code: 'DUPLICATE_KEY_CONFLICT'; reason: string };

/**
 * Remembers the first row of each key of one 903 file (a child in the header; a child and start
 * date in episodes; a child and review date in reviews) and says what each later row with that key
 * is: an exact duplicate (the first row wins, nothing is lost) or a conflict (the first row wins and
 * the differing values are named, so the LA can correct its case system).
 */
export class DuplicateRows {
  /**
   * Each key's first row and its values, joined by NUL into one string (a return's rows are many: one string each
   * keeps memory and garbage small); a row whose values hold a NUL themselves keeps them as they are.
   */
  private readonly first = new Map<string, { row: number; values: string | readonly string[] }>();

  /** `columns` are compared in this order; `sameWhat` names the key in words ("child and review date"). */
  constructor(
    private readonly columns: readonly string[],
    private readonly sameWhat: string,
  ) {}

  check(key: string, row: number, values: Row): DuplicateVerdict {
    const mine = this.valuesOf(values);
    const earlier = this.first.get(key);
    if (earlier === undefined) {
      this.first.set(key, { row, values: mine });
      return { kind: 'FIRST' };
    }
    if (mine === earlier.values)
      return { kind: 'SAME', row: earlier.row, code: 'DUPLICATE_ROW', reason: `The same as row ${earlier.row} (an exact duplicate): skipped.` };
    const theirs = this.split(earlier.values);
    const here = this.split(mine);
    const differing = this.columns.flatMap((column, i) => (here[i] === theirs[i] ? [] : [{ column, kept: theirs[i] ?? '', here: here[i] ?? '' }]));
    const [firstDiffering] = differing;
    if (firstDiffering === undefined)
      return { kind: 'SAME', row: earlier.row, code: 'DUPLICATE_ROW', reason: `The same as row ${earlier.row} (an exact duplicate): skipped.` };
    const shown = (value: string) => (value === '' ? 'no value' : value);
    return {
      kind: 'CONFLICT',
      row: earlier.row,
      column: firstDiffering.column,
      code: 'DUPLICATE_KEY_CONFLICT',
      reason: `Same ${this.sameWhat} as row ${earlier.row}, which has ${differing.map((d) => `${d.column} ${shown(d.kept)}`).join(', ')} (this row has ${differing.map((d) => `${d.column} ${shown(d.here)}`).join(', ')}); kept row ${earlier.row}.`,
    };
  }

  /** The row's trimmed values of `columns`: joined by NUL (one flat string), or as a list when one of them holds a NUL. */
  private valuesOf(values: Row): string | readonly string[] {
    const mine = this.columns.map((c) => (values[c] ?? '').trim());
    return mine.some((value) => value.includes(NUL)) ? mine : mine.join(NUL);
  }

  private split(values: string | readonly string[]): readonly string[] {
    return typeof values === 'string' ? values.split(NUL) : values;
  }
}

const NUL = '\u0000';
