import type { IsoDate } from '../calendar/iso-date';

/** SSDA903 placement types (PLACE) that are long-term fostering: with a relative or friend (U1), or another foster carer (U4). */
export const LONG_TERM_FOSTER_PLACEMENTS: readonly string[] = ['U1', 'U4'];

/** A period of care as Heard holds it: when it began and its (latest) placement type. */
export interface PlacedPeriod {
  start: IsoDate;
  placementType: string | null;
}

/**
 * Since when a child counts as settled in a long-term foster placement for the meeting schedule (yearly
 * meetings, a paper review between): from the start of the period of care when its placement is long-term
 * fostering, since Heard holds no later date for the placement becoming long-term; null otherwise.
 */
export function settledLongTermFosterSince(period: PlacedPeriod): IsoDate | null {
  return period.placementType !== null && LONG_TERM_FOSTER_PLACEMENTS.includes(period.placementType) ? period.start : null;
}
