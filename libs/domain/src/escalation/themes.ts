/** The fixed taxonomy of themes a concern (and, later, a home-visit recommendation) is tagged with. */
export const CONCERN_THEMES = [
  'PLACEMENT_STABILITY',
  'CONTACT_WITH_FAMILY',
  'SIBLINGS',
  'EDUCATION',
  'HEALTH',
  'MENTAL_HEALTH',
  'IDENTITY_AND_CULTURE',
  'LEAVING_CARE',
  'SAFETY',
  'RESTRAINT_OR_RESTRICTIONS',
  'NOT_BEING_LISTENED_TO',
  'DELAY_IN_THE_PLAN',
  'OTHER',
] as const;
export type ConcernTheme = (typeof CONCERN_THEMES)[number];

export const THEME_LABELS: Readonly<Record<ConcernTheme, string>> = {
  PLACEMENT_STABILITY: 'Placement stability',
  CONTACT_WITH_FAMILY: 'Contact with family',
  SIBLINGS: 'Siblings',
  EDUCATION: 'Education',
  HEALTH: 'Health',
  MENTAL_HEALTH: 'Mental health',
  IDENTITY_AND_CULTURE: 'Identity and culture',
  LEAVING_CARE: 'Leaving care',
  SAFETY: 'Safety',
  RESTRAINT_OR_RESTRICTIONS: 'Restraint or restrictions',
  NOT_BEING_LISTENED_TO: 'Not being listened to',
  DELAY_IN_THE_PLAN: 'Delay in the plan',
  OTHER: 'Other',
};

/** Why a list of themes cannot be recorded, or null: at least one, each from the taxonomy, no repeats. */
export function themesProblem(themes: readonly string[]): string | null {
  if (themes.length === 0) return 'Choose at least one theme.';
  const unknown = themes.filter((t) => !(CONCERN_THEMES as readonly string[]).includes(t));
  if (unknown.length > 0) return `Unknown theme: ${unknown.join(', ')}.`;
  if (new Set(themes).size !== themes.length) return 'Each theme can be chosen only once.';
  return null;
}
