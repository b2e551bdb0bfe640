/**
 * Small-number suppression, the one rule the annual report and the live themes share. Primary: a count from 1 to the
 * threshold is too small to publish. Secondary: no suppressed count may be worked out by subtraction from the figures
 * that are shown, along any line of cells that add up to a total.
 */
export function tooSmallToPublish(count: number, threshold: number): boolean {
  return count >= 1 && count <= threshold;
}

/**
 * A set of cells (`members`) that add up to `total`.
 * - WITHIN a table (its rows and its total row): the total is suppressed with any member, as the annual report does;
 *   and a total suppressed for another reason takes one member with it, else it could be added back up.
 * - ACROSS tables (one theme's count in every LA, whose sum is the national count): the total is published elsewhere,
 *   so a lone suppressed member takes the smallest shown non-zero member with it (a complementary suppression).
 */
export interface SuppressionLine {
  readonly total: string;
  readonly members: readonly string[];
  readonly kind: 'WITHIN' | 'ACROSS';
}

/**
 * The keys of `counts` to suppress: primary, then every line applied again until nothing changes (each pass can only
 * add, so it ends). The complement chosen is the smallest shown non-zero member, ties to the key first in order.
 */
export function suppressedCells(counts: ReadonlyMap<string, number>, lines: readonly SuppressionLine[], threshold: number): Set<string> {
  const out = new Set<string>();
  for (const [key, count] of counts) if (tooSmallToPublish(count, threshold)) out.add(key);
  const complement = (members: readonly string[]): string | null => {
    const shown = members.filter((m) => !out.has(m) && (counts.get(m) ?? 0) > 0);
    shown.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a.localeCompare(b));
    return shown[0] ?? null;
  };
  let changed = true;
  while (changed) {
    changed = false;
    const add = (key: string | null): void => {
      if (key !== null && !out.has(key)) {
        out.add(key);
        changed = true;
      }
    };
    for (const line of lines) {
      const hidden = line.members.filter((m) => out.has(m)).length;
      if (line.kind === 'WITHIN') {
        if (hidden > 0) add(line.total);
        else if (out.has(line.total)) add(complement(line.members));
      } else if (!out.has(line.total) && hidden === 1) {
        add(complement(line.members) ?? line.total);
      }
    }
  }
  return out;
}
