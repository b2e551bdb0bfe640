import type { MeetingAttendeeRole } from '../follow-through/attendee-roles';

/** Where a care-planning meeting is held. */
export const MEETING_VENUE_KINDS = ['CHILDS_HOME', 'SCHOOL', 'LA_OFFICE', 'COMMUNITY', 'ONLINE'] as const;
export type MeetingVenueKind = (typeof MEETING_VENUE_KINDS)[number];

export const MEETING_VENUE_LABELS: Readonly<Record<MeetingVenueKind, string>> = {
  CHILDS_HOME: 'Where the child lives',
  SCHOOL: 'School',
  LA_OFFICE: 'Local authority office',
  COMMUNITY: 'Community venue',
  ONLINE: 'Online',
};

/** Shortest and longest meeting Heard accepts, in minutes. */
export const MEETING_LENGTH_MINUTES = { min: 15, max: 480 } as const;

/** A 24-hour London local time, `HH:MM`, or null when it is not one. */
export function parseLocalTime(value: string): { hours: number; minutes: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match === null ? null : { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** Why a meeting's start time or length cannot be used, or null when both are fine. */
export function meetingTimeProblem(startTime: string, lengthMinutes: number): { field: 'startTime' | 'lengthMinutes'; message: string } | null {
  if (parseLocalTime(startTime) === null) return { field: 'startTime', message: 'Start time must be a 24-hour time such as 14:30.' };
  if (!Number.isInteger(lengthMinutes) || lengthMinutes < MEETING_LENGTH_MINUTES.min || lengthMinutes > MEETING_LENGTH_MINUTES.max)
    return {
      field: 'lengthMinutes',
      message: `Length must be a whole number of minutes from ${MEETING_LENGTH_MINUTES.min} to ${MEETING_LENGTH_MINUTES.max}.`,
    };
  return null;
}

/** "2:30pm" for 14:30: how a London time is said in an invitation. */
export function spokenTime(startTime: string): string {
  const t = parseLocalTime(startTime);
  if (t === null) return startTime;
  const hour = t.hours % 12 === 0 ? 12 : t.hours % 12;
  return `${hour}${t.minutes === 0 ? '' : `:${String(t.minutes).padStart(2, '0')}`}${t.hours < 12 ? 'am' : 'pm'}`;
}

/** "1 hour 30 minutes" for 90. */
export function spokenLength(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [...(h > 0 ? [h === 1 ? '1 hour' : `${h} hours`] : []), ...(m > 0 ? [m === 1 ? '1 minute' : `${m} minutes`] : [])];
  return parts.join(' ');
}

/**
 * Whether an invitation may carry the venue's address. A child in care's home address goes only to those who
 * already know it or must (the child, their carers, the social worker, the advocate); parents and others are told
 * the local authority will give them the address, so an invitation never discloses a placement.
 */
export function invitationShowsVenueDetails(kind: MeetingVenueKind, role: MeetingAttendeeRole): boolean {
  return kind !== 'CHILDS_HOME' || role === 'CHILD' || role === 'CARER' || role === 'SOCIAL_WORKER' || role === 'ADVOCATE';
}

export const WITHHELD_VENUE_DETAILS = 'the local authority will tell you the address';
