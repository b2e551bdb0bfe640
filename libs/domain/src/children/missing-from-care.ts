import { type IsoDate, toDayNumber } from '../calendar/iso-date';

/**
 * How many days a missing-from-care episode lasted, counting the day it started and the day it
 * ended (an episode that ended the day it began is 1 day); one still open counts up to `today`.
 */
export function missingEpisodeDays(startedOn: IsoDate, endedOn: IsoDate | null, today: IsoDate): number {
  const last = endedOn ?? (today < startedOn ? startedOn : today);
  return toDayNumber(last) - toDayNumber(startedOn) + 1;
}
