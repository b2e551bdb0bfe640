import { CONCERN_THEMES, type ConcernTheme, OUTCOME_LABELS, THEME_LABELS, type ViewOutcome } from '@heard/domain';

/** The name the child is called by: their preferred name when they gave one. */
export function childFirstName(child: { givenName: string; preferredName?: string | null }): string {
  return child.preferredName?.trim() || child.givenName;
}

/** The outcome's tag class on the advocate's list. */
export function outcomeTag(outcome: ViewOutcome): string {
  switch (outcome) {
    case 'DONE':
      return 'tag tag--green';
    case 'PARTLY':
      return 'tag tag--yellow';
    case 'NOT_DONE':
      return 'tag tag--red';
    case 'OPEN':
      return 'tag tag--blue';
  }
}

export function outcomeLabel(outcome: ViewOutcome): string {
  return OUTCOME_LABELS[outcome];
}

/** The confirmation after saving an outcome. */
export function savedNotice(outcome: ViewOutcome, showToChild: boolean, name: string): string {
  const shown = showToChild ? `It will be shown on ${name}'s printed page.` : `It will not be shown to ${name}.`;
  return `Outcome saved: ${OUTCOME_LABELS[outcome].toLowerCase()}. ${shown}`;
}

/** The outcome's themes in words, in the taxonomy's order; "None" when it has none. */
export function themesText(themes: readonly ConcernTheme[]): string {
  return themes.length === 0 ? 'None' : themes.map((t) => THEME_LABELS[t]).join(', ');
}

/** The themes chosen with `theme` ticked or unticked, kept in the taxonomy's order. */
export function toggledThemes(themes: readonly ConcernTheme[], theme: ConcernTheme, on: boolean): ConcernTheme[] {
  return CONCERN_THEMES.filter((t) => (t === theme ? on : themes.includes(t)));
}
