import { toDayNumber, type IsoDate } from '../calendar/iso-date';
import { type ConcernTheme } from '../escalation/themes';

/**
 * Early warning of a rising theme in one LA, provider or home. A theme is flagged when, in this quarter (to date),
 * its count is at least EARLY_WARNING_MINIMUM and more than EARLY_WARNING_FACTOR times the mean of the four quarters
 * before: with 2, 1, 3, 2 before (mean 2), 5 is flagged (5 ≥ 5 and 5 > 3) and 3 is not (3 < 5); with 4, 4, 4, 4
 * before (mean 4), 6 is not flagged (6 = 4 × 1.5, not above) and 7 is. Quarters follow the reporting year: April to
 * June, July to September, October to December, January to March. Staff see the exact figures (they are for the
 * Commissioner's own follow-up, not published).
 */
export const EARLY_WARNING_MINIMUM = 5;
export const EARLY_WARNING_FACTOR = 1.5;

/** A quarter, named by its first day. */
export function quarterStart(date: IsoDate): IsoDate {
  toDayNumber(date);
  const month = Number(date.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** The first day of the quarter `n` quarters before the one starting on `start` (n ≥ 0). */
export function quarterBefore(start: IsoDate, n: number): IsoDate {
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - 3 * n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export interface QuarterCounts {
  /** This quarter's count, to date. */
  readonly current: number;
  /** The four quarters before, oldest first. */
  readonly previous: readonly [number, number, number, number];
}

export interface ThemeWarningFigures extends QuarterCounts {
  readonly mean: number;
  /** The count this quarter had to exceed: mean × factor. */
  readonly above: number;
}

/** The figures that trigger a warning, or null when the theme is not rising. */
export function themeWarning(counts: QuarterCounts): ThemeWarningFigures | null {
  const mean = counts.previous.reduce((s, n) => s + n, 0) / 4;
  const above = mean * EARLY_WARNING_FACTOR;
  return counts.current >= EARLY_WARNING_MINIMUM && counts.current > above ? { ...counts, mean, above } : null;
}

export interface ThemeWarningCandidate extends QuarterCounts {
  readonly unit: string;
  readonly theme: ConcernTheme;
}

/** The candidates that are rising, with their figures, most above their mean first. */
export function risingThemes<T extends ThemeWarningCandidate>(candidates: readonly T[]): (T & ThemeWarningFigures)[] {
  return candidates
    .flatMap((c) => {
      const w = themeWarning(c);
      return w === null ? [] : [{ ...c, ...w }];
    })
    .sort((a, b) => b.current - b.above - (a.current - a.above) || a.unit.localeCompare(b.unit) || a.theme.localeCompare(b.theme));
}
