import type { IsoDate } from '../../calendar/iso-date';

/**
 * Where a thing that is due by a date stands: done by then (ON_TIME) or after (LATE); not done and still in time
 * (AWAITED) or past the date (OVERDUE). Due "by" a date means by the end of that day.
 */
export type DeadlineStatus = 'ON_TIME' | 'LATE' | 'AWAITED' | 'OVERDUE';

export function deadlineStatus(dueBy: IsoDate, doneOn: IsoDate | null, today: IsoDate): DeadlineStatus {
  if (doneOn !== null) return doneOn <= dueBy ? 'ON_TIME' : 'LATE';
  return today <= dueBy ? 'AWAITED' : 'OVERDUE';
}
