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
   * Each key's first row: its line and values joined by NUL into one flat string (a return's rows are many: one string
   * each keeps memory and garbage small); a row whose values hold a NUL themselves keeps them as they are.
   */
  private readonly first = new Map<string, string | Earlier>();

  /** `columns` are compared in this order; `sameWhat` names the key in words ("child and review date"). */
  constructor(
    private readonly columns: readonly string[],
    private readonly sameWhat: string,
  ) {}

  check(key: string, row: number, values: Row): DuplicateVerdict {
    const mine = this.columns.map((c) => (values[c] ?? '').trim());
    const stored = this.first.get(key);
    if (stored === undefined) {
      this.first.set(key, mine.some((value) => value.includes(NUL)) ? { row, values: mine } : [String(row), ...mine].join(NUL));
      return { kind: 'FIRST' };
    }
    const earlier = typeof stored === 'string' ? unpack(stored) : stored;
    const differing = this.columns.flatMap((column, i) =>
      mine[i] === earlier.values[i] ? [] : [{ column, kept: earlier.values[i] ?? '', here: mine[i] ?? '' }],
    );
    const [firstDiffering] = differing;
    if (firstDiffering === undefined)
      return { kind: 'SAME', row: earlier.row, code: 'DUPLICATE_ROW', reason: `The same as row ${earlier.row} (an exact duplicate): skipped.` };
    const shown = (value: string) => (value === '' ? 'no value' : value);
    const kept = differing.map((d) => `${d.column} ${shown(d.kept)}`).join(', ');
    const here = differing.map((d) => `${d.column} ${shown(d.here)}`).join(', ');
    return {
      kind: 'CONFLICT',
      row: earlier.row,
      column: firstDiffering.column,
      code: 'DUPLICATE_KEY_CONFLICT',
      reason: `Same ${this.sameWhat} as row ${earlier.row}, which has ${kept} (this row has ${here}); kept row ${earlier.row}.`,
    };
  }
}

interface Earlier {
  row: number;
  values: readonly string[];
}

const NUL = '\u0000';

function unpack(stored: string): Earlier {
  const [row, ...values] = stored.split(NUL);
  return { row: Number(row), values };
}
