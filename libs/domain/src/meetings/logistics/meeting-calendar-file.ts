import type { IsoDate } from '../../calendar/iso-date';
import { parseLocalTime } from './meeting-venues';

/** What an invitation's calendar file says about one meeting. */
export interface MeetingCalendarEvent {
  /** Stable for the meeting, so calendars update the same event when it is rescheduled. */
  uid: string;
  /** 0 when first sent; one more each time the time or place changes after invitations went out. */
  sequence: number;
  /** When the file was made (UTC). */
  stampedAt: Date;
  date: IsoDate;
  /** London local time, HH:MM. */
  startTime: string;
  lengthMinutes: number;
  summary: string;
  location: string;
  description: string;
}

const CRLF = '\r\n';

/** Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March to the last Sunday of October, at 01:00 UTC. */
const LONDON_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeCalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 folding: no line longer than 75 octets; a continuation starts with one space. Never splits a character. */
export function foldCalendarLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** How many octets UTF-8 takes for one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/** The invitation's calendar file (text/calendar, METHOD:REQUEST), CRLF line endings and folded lines. */
export function meetingCalendarFile(event: MeetingCalendarEvent): string {
  const time = parseLocalTime(event.startTime);
  if (time === null) throw new RangeError(`Start time must be HH:MM (got ${event.startTime})`);
  const start = `${event.date.replace(/-/g, '')}T${event.startTime.replace(':', '')}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Heard//Care-planning meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    ...LONDON_TIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stampedAt)}`,
    `DTSTART;TZID=Europe/London:${start}`,
    `DURATION:${duration(event.lengthMinutes)}`,
    `SUMMARY:${escapeCalendarText(event.summary)}`,
    `LOCATION:${escapeCalendarText(event.location)}`,
    `DESCRIPTION:${escapeCalendarText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldCalendarLine).join(CRLF) + CRLF;
}
