import { CONTACT_KIND_LABELS, CONTACT_KINDS, londonDate, londonTime, ukLongDate } from '@heard/domain';
import type { ContactKind } from '@heard/graphql-types';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

export const KIND_OPTIONS: readonly RadioOption[] = CONTACT_KINDS.map((value) => ({ value, label: CONTACT_KIND_LABELS[value] }));

export const VIEWS_OPTIONS: readonly RadioOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function kindLabel(kind: ContactKind): string {
  return CONTACT_KIND_LABELS[kind];
}

/** `2026-10-14T09:00:00Z` → `14 October 2026 at 10:00` (London). */
export function whenLabel(instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant : `${ukLongDate(londonDate(at))} at ${londonTime(at)}`;
}

/** The confirmation after saving a contact. */
export function recordedNotice(viewsRecorded: boolean): string {
  return viewsRecorded ? "Contact recorded. Last heard is updated: the child's views were recorded." : 'Contact recorded.';
}

/** HH:MM, 24-hour. */
export function timeProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter the time of the contact';
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value.trim()) ? null : 'Enter the time as hours and minutes on the 24-hour clock, for example 14:30';
}
