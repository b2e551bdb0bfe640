import { CONCERN_THEMES, type ConcernTheme } from '../escalation/themes';
import { suppressedCells, type SuppressionLine } from './small-numbers';

/** How live themes are broken down: the whole country, or one table per LA, per home's provider, or per home. */
export const THEME_BREAKDOWNS = ['NATIONAL', 'LOCAL_AUTHORITY', 'PROVIDER', 'HOME'] as const;
export type ThemeBreakdown = (typeof THEME_BREAKDOWNS)[number];

/** The one unit of the NATIONAL breakdown. */
export const NATIONAL_UNIT = 'NATIONAL';

/** One table of a breakdown: an LA, a provider, a home (or the catch-all for items with no home). */
export interface ThemeUnit {
  readonly id: string;
  readonly label: string;
  /** For a home: its provider's unit id, whose counts its homes' add up to. */
  readonly provider?: string;
}

/** How many items of one theme a unit had in the period (`now`) and in the same period a year before (`last`). */
export interface ThemeTally {
  readonly unit: string;
  readonly theme: ConcernTheme;
  readonly now: number;
  readonly last: number;
}

/** A published figure: the count, or null when it is suppressed. */
export type Shown = number | null;

export interface ThemeRow {
  /** A theme, or null for the total row. */
  readonly theme: ConcernTheme | null;
  readonly now: Shown;
  readonly last: Shown;
  /** now − last, suppressed with either. */
  readonly change: Shown;
}

export interface ThemeTable {
  readonly unit: ThemeUnit;
  /** Every theme, most frequent first (ties in taxonomy-key order, as the annual report sorts), then the total row. */
  readonly rows: readonly ThemeRow[];
}

export type ThemeBreakdownInput = Readonly<Record<ThemeBreakdown, { units: readonly ThemeUnit[]; tallies: readonly ThemeTally[] }>>;

type Period = 'now' | 'last';
const TOTAL = 'TOTAL';
const key = (b: ThemeBreakdown, unit: string, theme: string, p: Period): string => `${b}|${unit}|${theme}|${p}`;

/**
 * Every breakdown's tables, suppressed together so that no suppressed count can be worked out: within a table from
 * its total row (the annual report's rule), across a breakdown from the national count (each LA's, provider's or
 * home's count of a theme adds up to it: every item has an LA, and items with no home have a catch-all unit), and,
 * for homes, from their provider's count. The NATIONAL table is then exactly the annual report's theme table.
 */
export function themeBreakdownTables(input: ThemeBreakdownInput, threshold: number): Record<ThemeBreakdown, ThemeTable[]> {
  const counts = new Map<string, number>();
  const lines: SuppressionLine[] = [];
  const themesAndTotal = [...CONCERN_THEMES, TOTAL];
  for (const b of THEME_BREAKDOWNS) {
    const { units, tallies } = input[b];
    for (const unit of units) {
      for (const p of ['now', 'last'] as const) {
        let total = 0;
        for (const theme of CONCERN_THEMES) {
          const n = tallies.filter((t) => t.unit === unit.id && t.theme === theme).reduce((s, t) => s + t[p], 0);
          counts.set(key(b, unit.id, theme, p), n);
          total += n;
        }
        counts.set(key(b, unit.id, TOTAL, p), total);
        lines.push({ kind: 'WITHIN', total: key(b, unit.id, TOTAL, p), members: CONCERN_THEMES.map((t) => key(b, unit.id, t, p)) });
      }
    }
    if (b === 'NATIONAL') continue;
    for (const theme of themesAndTotal) {
      for (const p of ['now', 'last'] as const) {
        lines.push({ kind: 'ACROSS', total: key('NATIONAL', NATIONAL_UNIT, theme, p), members: units.map((u) => key(b, u.id, theme, p)) });
        if (b !== 'HOME') continue;
        for (const provider of new Set(units.flatMap((u) => (u.provider === undefined ? [] : [u.provider])))) {
          const homes = units.filter((u) => u.provider === provider).map((u) => key(b, u.id, theme, p));
          lines.push({ kind: 'ACROSS', total: key('PROVIDER', provider, theme, p), members: homes });
        }
      }
    }
  }
  const hidden = suppressedCells(counts, lines, threshold);
  const shown = (k: string): Shown => (hidden.has(k) ? null : (counts.get(k) ?? 0));
  const row = (b: ThemeBreakdown, unit: string, theme: string): ThemeRow => {
    const now = shown(key(b, unit, theme, 'now'));
    const last = shown(key(b, unit, theme, 'last'));
    return { theme: theme === TOTAL ? null : (theme as ConcernTheme), now, last, change: now === null || last === null ? null : now - last };
  };
  const tables = (b: ThemeBreakdown): ThemeTable[] =>
    input[b].units.map((unit) => {
      const order = [...CONCERN_THEMES].sort(
        (x, y) => (counts.get(key(b, unit.id, y, 'now')) ?? 0) - (counts.get(key(b, unit.id, x, 'now')) ?? 0) || x.localeCompare(y),
      );
      return { unit, rows: [...order.map((t) => row(b, unit.id, t)), row(b, unit.id, TOTAL)] };
    });
  return { NATIONAL: tables('NATIONAL'), LOCAL_AUTHORITY: tables('LOCAL_AUTHORITY'), PROVIDER: tables('PROVIDER'), HOME: tables('HOME') };
}
