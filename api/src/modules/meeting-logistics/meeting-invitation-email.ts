import {
  MEETING_ATTENDEE_ROLE_LABELS,
  MEETING_VENUE_LABELS,
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
  childGivenName: string;
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

/** The email inviting one person, with the meeting's calendar file (its UID stable per meeting, SEQUENCE per change). */
export function invitationEmail(meeting: InvitedMeeting, invitee: { name: string; role: MeetingAttendeeRole }, stampedAt: Date): InvitationEmail {
  const day = `${weekdayOf(meeting.date)} ${ukLongDate(meeting.date)}`;
  const when = `${day} at ${spokenTime(meeting.startTime)}, for ${spokenLength(meeting.lengthMinutes)}`;
  const where = venueLine(meeting.venueKind, meeting.venueDetails);
  const summary = `Care-planning meeting for ${meeting.childGivenName}`;
  const updated = meeting.sequence > 0;
  const subject = `${updated ? 'Updated invitation' : 'Invitation'}: care-planning meeting for ${meeting.childGivenName} on ${day}`;
  const body = [
    `Dear ${invitee.name},`,
    '',
    `${updated ? 'The time or place has changed. ' : ''}You are invited to ${meeting.childGivenName}'s care-planning meeting as ${MEETING_ATTENDEE_ROLE_LABELS[invitee.role].toLowerCase()}.`,
    '',
    `When: ${when} (UK time).`,
    `Where: ${where}.`,
    '',
    'The calendar file attached adds the meeting to your calendar.',
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
