import { CONCERN_THEMES, type ConcernTheme, NATIONAL_UNIT, type ThemeBreakdown, type ThemeUnit } from '@heard/domain';
import type { ItemPlace, NamedRow } from './live-themes.repository';

/** The unit items without a children's home are counted under, so every breakdown adds up to England's count. */
export const NO_HOME = 'NO_HOME';
const NO_HOME_LABEL = 'No children’s home recorded';
export const NATIONAL: ThemeUnit = { id: NATIONAL_UNIT, label: 'England' };

export function isTheme(theme: string): theme is ConcernTheme {
  return (CONCERN_THEMES as readonly string[]).includes(theme);
}

/** The unit of `breakdown` an item is counted in. */
export function unitOf(breakdown: ThemeBreakdown, place: ItemPlace, las: ReadonlyMap<string, string>): ThemeUnit {
  switch (breakdown) {
    case 'NATIONAL':
      return NATIONAL;
    case 'LOCAL_AUTHORITY':
      return { id: place.la, label: las.get(place.la) ?? place.la };
    case 'PROVIDER':
      return place.provider === null ? { id: NO_HOME, label: NO_HOME_LABEL } : { id: place.provider, label: place.provider };
    case 'HOME':
      return place.home === null
        ? { id: NO_HOME, label: NO_HOME_LABEL, provider: NO_HOME }
        : { id: place.home, label: place.homeName ?? place.home, provider: place.provider ?? NO_HOME };
  }
}

export function namesOf(rows: readonly NamedRow[]): Map<string, string> {
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Units in label order (the catch-all last), once each. */
export function distinctUnits(units: readonly ThemeUnit[]): ThemeUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return [...byId.values()].sort((a, b) => Number(a.id === NO_HOME) - Number(b.id === NO_HOME) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}
