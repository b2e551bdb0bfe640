import { addMonths, type Day, type WorkingDays } from './days';
import type { Prng } from './prng';

export interface MeetingDays {
  /** Days meetings were held, oldest first. */
  held: Day[];
  /** The next meeting, when one is booked (it may be later than due: an overdue meeting). */
  next: Day | null;
}

/**
 * When a period's care-planning meetings were held (reg 33): the first within 20 working days of
 * the start, the second within 3 months, then every 6 months; most on time, some late. Meetings
 * stop when the period ends; an ongoing period usually has its next meeting booked, and a few are
 * overdue with nothing held yet.
 */
export function meetingDays(rng: Prng, start: Day, end: Day | null, today: Day, workingDays: WorkingDays): MeetingDays {
  const last = end === null ? today : Math.min(end, today);
  const held: Day[] = [];
  let day = rng.chance(0.88) ? workingDays.add(start, rng.int(5, 20)) : workingDays.add(start, rng.int(21, 45));
  for (;;) {
    if (day > last) break;
    if (end === null && today - day < 45 && rng.chance(0.2)) {
      // Slipped: the meeting is overdue and booked for the coming weeks.
      return { held, next: today + rng.int(1, 40) };
    }
    held.push(day);
    const second = held.length === 1;
    const due = addMonths(day, second ? 3 : 6);
    day = rng.chance(second ? 0.86 : 0.82) ? Math.min(due, addMonths(day, second ? 2 : 5) + rng.int(0, 31)) : due + rng.int(1, rng.chance(0.5) ? 20 : 60);
  }
  return { held, next: end === null && rng.chance(0.88) ? day : null };
}
