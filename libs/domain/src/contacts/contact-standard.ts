import { addDays, type IsoDate, toDayNumber, ukLongDate } from '../calendar/iso-date';
import { londonDate } from '../calendar/london';

/** The contact standard: first contact by the active-offer deadline, then at least every `intervalWeeks`, and before every care-planning meeting. */
export interface ContactStandardSettings {
  intervalWeeks: number;
}

export const DEFAULT_CONTACT_STANDARD: ContactStandardSettings = { intervalWeeks: 6 };

export interface ContactFact {
  occurredAt: Date;
  viewsRecorded: boolean;
}

export type ContactStandardStatus = 'WITHIN_STANDARD' | 'PAST_STANDARD';

export interface ContactStandardResult {
  status: ContactStandardStatus;
  /** One sentence, UK dates. */
  sentence: string;
  /** When the next contact is due (the missed date when past the standard); null when nothing is due yet. */
  nextDueOn: IsoDate | null;
}

export interface ContactStandardInput {
  /** The active offer's deadline (the first contact is due by then); null if the child has no offer. */
  offerDeadline: IsoDate | null;
  contacts: readonly ContactFact[];
  /** Dates of the child's care-planning meetings (scheduled or held, not cancelled). */
  meetings: readonly IsoDate[];
  today: IsoDate;
  settings?: ContactStandardSettings;
}

/** The London date of the latest contact where the child's own views were recorded, or null. */
export function lastHeardOn(contacts: readonly ContactFact[]): IsoDate | null {
  const heard = lastHeardAt(contacts);
  return heard === null ? null : londonDate(heard);
}

/** The latest contact instant where the child's own views were recorded, or null. */
export function lastHeardAt(contacts: readonly ContactFact[]): Date | null {
  let latest: Date | null = null;
  for (const c of contacts) if (c.viewsRecorded && (latest === null || c.occurredAt.getTime() > latest.getTime())) latest = c.occurredAt;
  return latest;
}

/** Whether the child is within the contact standard today and, if not, why; and when the next contact is due. */
export function contactStandard(input: ContactStandardInput): ContactStandardResult {
  const weeks = (input.settings ?? DEFAULT_CONTACT_STANDARD).intervalWeeks;
  const today = toDayNumber(input.today);
  const heard = lastHeardOn(input.contacts);
  const meetings = [...new Set(input.meetings)].sort();
  const missed = missedMeeting(meetings, heard, input.today);
  if (missed !== null) {
    const since = heard === null ? 'No contact recorded' : `Last heard ${ukLongDate(heard)}`;
    return {
      status: 'PAST_STANDARD',
      sentence: `${since}: the child was not heard before the care-planning meeting on ${ukLongDate(missed)}.`,
      nextDueOn: missed,
    };
  }
  const upcoming = nextUnheardMeeting(meetings, heard, input.today);
  if (heard === null) {
    const due = earliest(input.offerDeadline, upcoming);
    if (due === null) return { status: 'WITHIN_STANDARD', sentence: 'Not heard yet: no first contact is due.', nextDueOn: null };
    if (toDayNumber(due) < today)
      return { status: 'PAST_STANDARD', sentence: `Not heard yet: the first contact was due by ${ukLongDate(due)}.`, nextDueOn: due };
    return { status: 'WITHIN_STANDARD', sentence: `Not heard yet: the first contact is due by ${ukLongDate(due)}.`, nextDueOn: due };
  }
  const byInterval = addDays(heard, weeks * 7);
  if (toDayNumber(byInterval) < today) {
    return {
      status: 'PAST_STANDARD',
      sentence: `Last heard ${ukLongDate(heard)}: more than ${weeks} weeks ago (due by ${ukLongDate(byInterval)}).`,
      nextDueOn: byInterval,
    };
  }
  const due = earliest(byInterval, upcoming) ?? byInterval;
  const why = due === upcoming && upcoming !== byInterval ? ', before the care-planning meeting' : '';
  return { status: 'WITHIN_STANDARD', sentence: `Last heard ${ukLongDate(heard)}: next contact due by ${ukLongDate(due)}${why}.`, nextDueOn: due };
}

/** The latest meeting before today that the child was not heard before (since the meeting before it), if nobody has heard them since. */
function missedMeeting(meetings: readonly IsoDate[], heard: IsoDate | null, today: IsoDate): IsoDate | null {
  const past = meetings.filter((m) => m < today);
  const latest = past[past.length - 1];
  if (latest === undefined) return null;
  const previous = past[past.length - 2];
  const heardSincePrevious = heard !== null && (previous === undefined || heard > previous);
  return heardSincePrevious ? null : latest;
}

/** The next meeting (today or later) the child has not yet been heard for since the meeting before it. */
function nextUnheardMeeting(meetings: readonly IsoDate[], heard: IsoDate | null, today: IsoDate): IsoDate | null {
  const index = meetings.findIndex((m) => m >= today);
  const next = meetings[index];
  if (next === undefined) return null;
  const previous = index > 0 ? meetings[index - 1] : undefined;
  const heardSincePrevious = heard !== null && (previous === undefined || heard > previous);
  return heardSincePrevious ? null : next;
}

function earliest(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}
