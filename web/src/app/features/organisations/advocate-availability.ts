import { ukDate } from '../../shared/ui/uk-date';

/** How the advocates table says whether someone may be given new children today. */
export function availabilityText(advocate: { availableToday: boolean; unavailableUntil: string | null | undefined }): string {
  if (advocate.unavailableUntil === null || advocate.unavailableUntil === undefined || advocate.availableToday) return 'Available';
  return `Away until ${ukDate(advocate.unavailableUntil)}`;
}

/** Languages typed one per line or separated by commas, as the API takes them (it trims and removes repeats). */
export function languagesFrom(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
