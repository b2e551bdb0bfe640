import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { type MeetingHistory, nextMeetingDueOn } from './meeting-schedule';

export interface HeldMeetingTimeliness {
  heldOn: IsoDate;
  /** Held by the statutory due date the meetings before it set (`nextMeetingDueOn`). */
  onTime: boolean;
}

/**
 * Each meeting held in a period of care, in date order, and whether it was held on time: by the date the
 * schedule (`nextMeetingRule`) set from the meetings held before it. With `between`, only the meetings held
 * from its first to its last day are judged (each still against all the meetings before it).
 */
export function meetingsHeldOnTime(calendar: WorkingDayCalendar, history: MeetingHistory, between?: { from: IsoDate; to: IsoDate }): HeldMeetingTimeliness[] {
  const held = [...history.heldOn].filter((d) => d >= history.periodOfCareStart).sort();
  const judged: HeldMeetingTimeliness[] = [];
  held.forEach((heldOn, i) => {
    if (between !== undefined && (heldOn < between.from || heldOn > between.to)) return;
    judged.push({ heldOn, onTime: heldOn <= nextMeetingDueOn(calendar, history.periodOfCareStart, held.slice(0, i), history.settledLongTermFosterSince) });
  });
  return judged;
}
