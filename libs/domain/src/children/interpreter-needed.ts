import type { IsoDate } from '../calendar/iso-date';

/** What Heard knows of a child's asylum status (from the return's UASC file) and language. */
export interface ChildLanguageAndStatus {
  /** The child is, or was, an unaccompanied asylum-seeking child (UASC). */
  uasc: boolean;
  /** The day they ceased to be one (the return's DUC), or null while they still are. */
  uascCeasedOn: IsoDate | null;
  firstLanguage: string | null;
}

/** Whether the child is an unaccompanied asylum-seeking child on `today`: they ceased to be one on their DUC, not before. */
export function isUascOn(child: Pick<ChildLanguageAndStatus, 'uasc' | 'uascCeasedOn'>, today: IsoDate): boolean {
  return child.uasc && (child.uascCeasedOn === null || child.uascCeasedOn > today);
}

/** Whether a first language is recorded at all (blank is not recorded). */
export function firstLanguageKnown(firstLanguage: string | null): firstLanguage is string {
  return firstLanguage !== null && firstLanguage.trim() !== '';
}

/**
 * An interpreter is needed for an unaccompanied asylum-seeking child (not ceased by `today`) whose
 * first language is not English, including one whose first language is not yet recorded: until
 * the LA records it, Heard assumes the child may not speak English.
 */
export function interpreterNeeded(child: ChildLanguageAndStatus, today: IsoDate): boolean {
  if (!isUascOn(child, today)) return false;
  return !firstLanguageKnown(child.firstLanguage) || child.firstLanguage.trim().toLowerCase() !== 'english';
}
