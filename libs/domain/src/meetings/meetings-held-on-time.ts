import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { type MeetingHistory, nextMeetingDue } from './meeting-schedule';

export interface HeldMeetingTimeliness {
  heldOn: IsoDate;
  /** Held by the statutory due date the meetings before it set (`nextMeetingDue`). */
  onTime: boolean;
}

/**
 * Each meeting held in a period of care, in date order, and whether it was held on time: by the date
 * `nextMeetingDue` gave from the meetings held before it (the first within 20 working days of the
 * start, the second within 3 months, then 6 months, or 12 for a child settled in long-term foster care).
 */
export function meetingsHeldOnTime(calendar: WorkingDayCalendar, history: MeetingHistory): HeldMeetingTimeliness[] {
  const held = [...history.heldOn].filter((d) => d >= history.periodOfCareStart).sort();
  return held.map((heldOn, i) => ({
    heldOn,
    onTime: heldOn <= nextMeetingDue(calendar, { ...history, heldOn: held.slice(0, i) }).dueOn,
  }));
}
