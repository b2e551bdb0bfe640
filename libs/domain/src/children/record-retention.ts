import { birthdayAt } from '../advocacy/age';
import type { IsoDate } from '../calendar/iso-date';

/** A child's case record is kept until the 75th anniversary of their birth (reg 50 of the 2010 regulations). */
export const RECORD_RETENTION_AGE = 75;

/** One sentence the portal can show beside the date. */
export const RECORD_RETENTION_RULE =
  "A child's case record is kept until the 75th anniversary of their birth, as regulation 50 of the Care Planning, Placement and Case Review (England) Regulations 2010 requires.";

/** The day a child's record is kept until: the 75th anniversary of their birth (1 March for a 29 February birthday in a common year). */
export function recordRetentionDate(dateOfBirth: IsoDate): IsoDate {
  return birthdayAt(dateOfBirth, RECORD_RETENTION_AGE);
}
