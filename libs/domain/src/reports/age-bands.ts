import { ageOn } from '../advocacy/age';
import type { IsoDate } from '../calendar/iso-date';

/** The annual report's age bands, youngest first: each from an age in whole years up to the next band's. */
export const AGE_BANDS = [
  { label: 'Under 5', fromAge: 0 },
  { label: '5 to 9', fromAge: 5 },
  { label: '10 to 12', fromAge: 10 },
  { label: '13 to 15', fromAge: 13 },
  { label: '16 and over', fromAge: 16 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['label'];

/** The labels of the age bands, youngest first. */
export const AGE_BAND_LABELS: readonly AgeBand[] = AGE_BANDS.map((band) => band.label);

/** The band of an age in whole years (a negative age, before birth, counts as the youngest band). */
export function ageBandOfAge(years: number): AgeBand {
  let found: AgeBand = AGE_BANDS[0].label;
  for (const band of AGE_BANDS) if (years >= band.fromAge) found = band.label;
  return found;
}

/** The age band of a child born on `dateOfBirth`, on a day (their age in whole years then). */
export function ageBand(dateOfBirth: IsoDate, on: IsoDate): AgeBand {
  return ageBandOfAge(ageOn(dateOfBirth, on));
}
