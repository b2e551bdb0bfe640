import { CONCERN_THEMES } from '../escalation/themes';

/** An outcome is tagged with at most every theme of the taxonomy once. */
export const OUTCOME_THEMES_MAX = CONCERN_THEMES.length;

/**
 * Why the themes of a "you said, we did" outcome cannot be saved, or null. Themes are optional (none is fine); each
 * must come from the taxonomy concerns use, and a repeated theme is refused rather than silently dropped, as it is
 * for concerns, so what the advocate sent is exactly what is stored.
 */
export function outcomeThemesProblem(themes: readonly string[]): { field: 'themes'; message: string } | null {
  if (themes.length > OUTCOME_THEMES_MAX) return { field: 'themes', message: `Choose at most ${OUTCOME_THEMES_MAX} themes` };
  const unknown = themes.filter((t) => !(CONCERN_THEMES as readonly string[]).includes(t));
  if (unknown.length > 0) return { field: 'themes', message: `Choose themes from the list (unknown: ${unknown.join(', ')})` };
  if (new Set(themes).size !== themes.length) return { field: 'themes', message: 'Choose each theme only once' };
  return null;
}
