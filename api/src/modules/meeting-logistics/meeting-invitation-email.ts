import {
  MEETING_ATTENDEE_ROLE_LABELS,
  MEETING_VENUE_LABELS,
  WITHHELD_VENUE_DETAILS,
  invitationShowsVenueDetails,
  meetingCalendarFile,
  spokenLength,
  spokenTime,
  ukLongDate,
  weekdayOf,
  type IsoDate,
  type MeetingAttendeeRole,
  type MeetingVenueKind,
} from '@heard/domain';
import type { EmailAttachment } from '../notifications/notifications.repository';

/** What an invitation says about the meeting. */
export interface InvitedMeeting {
  meetingId: string;
  date: IsoDate;
  startTime: string;
  lengthMinutes: number;
  venueKind: MeetingVenueKind;
  venueDetails: string;
  sequence: number;
}

export interface InvitationEmail {
  subject: string;
  body: string;
  attachment: EmailAttachment;
}

/** Where the meeting is, in one line: "School: Hill Road Academy, room 4". */
export function venueLine(kind: MeetingVenueKind, details: string): string {
  return `${MEETING_VENUE_LABELS[kind]}: ${details}`;
}

/**
 * The email inviting one person, with the meeting's calendar file (its UID stable per meeting, SEQUENCE per change).
 * Like every email Heard sends, it names no child (an email and a calendar entry travel and are kept beyond Heard), and
 * the address of the child's home goes only to those `invitationShowsVenueDetails` allows.
 */
export function invitationEmail(meeting: InvitedMeeting, invitee: { name: string; role: MeetingAttendeeRole }, stampedAt: Date): InvitationEmail {
  const day = `${weekdayOf(meeting.date)} ${ukLongDate(meeting.date)}`;
  const when = `${day} at ${spokenTime(meeting.startTime)}, for ${spokenLength(meeting.lengthMinutes)}`;
  const details = invitationShowsVenueDetails(meeting.venueKind, invitee.role) ? meeting.venueDetails : WITHHELD_VENUE_DETAILS;
  const where = venueLine(meeting.venueKind, details);
  const summary = 'Care-planning meeting';
  const updated = meeting.sequence > 0;
  const subject = `${updated ? 'Updated invitation' : 'Invitation'}: care-planning meeting on ${day}`;
  const body = [
    `Dear ${invitee.name},`,
    '',
    `${updated ? 'The time or place has changed. ' : ''}You are invited to a care-planning meeting as ${MEETING_ATTENDEE_ROLE_LABELS[invitee.role].toLowerCase()}.`,
    '',
    `When: ${when} (UK time).`,
    `Where: ${where}.`,
    '',
    'The calendar file attached adds the meeting to your calendar. For the child’s privacy this email does not name them.',
  ].join('\n');
  const content = meetingCalendarFile({
    uid: `meeting-${meeting.meetingId}@heard`,
    sequence: meeting.sequence,
    stampedAt,
    date: meeting.date,
    startTime: meeting.startTime,
    lengthMinutes: meeting.lengthMinutes,
    summary,
    location: where,
    description: `${summary}: ${when}.`,
  });
  return { subject, body, attachment: { name: 'meeting.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content } };
}
