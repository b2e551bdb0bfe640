import { escapeCalendarText, foldCalendarLine, meetingCalendarFile } from './meeting-calendar-file';
import { invitationShowsVenueDetails, meetingTimeProblem, spokenLength, spokenTime } from './meeting-venues';
import { MEETING_ATTENDEE_ROLES } from '../follow-through/attendee-roles';

const event = {
  uid: 'meeting-8f0c@heard',
  sequence: 0,
  stampedAt: new Date('2026-11-20T09:15:30.123Z'),
  date: '2026-12-08',
  startTime: '14:30',
  lengthMinutes: 90,
  summary: "Sam's care-planning meeting",
  location: 'School: Hill Road Academy, room 4',
  description: 'Your care-planning meeting.',
};

describe('an invitation carries an RFC 5545 calendar file', () => {
  it('is a VCALENDAR with a London VTIMEZONE and one VEVENT, CRLF line endings', () => {
    expect(meetingCalendarFile(event)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Heard//Care-planning meetings//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:REQUEST',
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
        'BEGIN:VEVENT',
        'UID:meeting-8f0c@heard',
        'SEQUENCE:0',
        'DTSTAMP:20261120T091530Z',
        'DTSTART;TZID=Europe/London:20261208T143000',
        'DURATION:PT1H30M',
        "SUMMARY:Sam's care-planning meeting",
        'LOCATION:School: Hill Road Academy\\, room 4',
        'DESCRIPTION:Your care-planning meeting.',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps the UID and bumps SEQUENCE when the meeting is rescheduled', () => {
    const file = meetingCalendarFile({ ...event, sequence: 2, startTime: '09:05', lengthMinutes: 60 });
    expect(file).toContain('\r\nUID:meeting-8f0c@heard\r\nSEQUENCE:2\r\n');
    expect(file).toContain('\r\nDTSTART;TZID=Europe/London:20261208T090500\r\nDURATION:PT1H\r\n');
  });

  it.each([
    [15, 'PT15M'],
    [60, 'PT1H'],
    [125, 'PT2H5M'],
  ])('a meeting of %i minutes lasts %s', (lengthMinutes, duration) => {
    expect(meetingCalendarFile({ ...event, lengthMinutes })).toContain(`\r\nDURATION:${duration}\r\n`);
  });

  it('has no bare line feeds and no line over 75 octets', () => {
    const file = meetingCalendarFile({
      ...event,
      description: 'Bring anything you want to show us. '.repeat(10),
      location: 'Café Ünïcode, ' + 'é'.repeat(80),
      summary: `Meeting 🙂${'🙂'.repeat(30)}`,
    });
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lengths = file.split('\r\n').map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...lengths)).toBe(75);
  });
});

describe('calendar text and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeCalendarText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets, continuation lines starting with a space, never splitting a character', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}${'é'.repeat(3)}`;
    expect(foldCalendarLine(line)).toBe(`DESCRIPTION:${'x'.repeat(63)}\r\n ${'é'.repeat(3)}`);
    expect(foldCalendarLine('A'.repeat(75 + 74 + 1))).toBe(`${'A'.repeat(75)}\r\n ${'A'.repeat(74)}\r\n A`);
    expect(foldCalendarLine('SHORT:yes')).toBe('SHORT:yes');
  });
});

describe('a meeting time and length', () => {
  it.each([
    ['14:30', 90, null],
    ['7:30', 90, { field: 'startTime', message: 'Start time must be a 24-hour time such as 14:30.' }],
    ['24:00', 90, { field: 'startTime', message: 'Start time must be a 24-hour time such as 14:30.' }],
    ['10:00', 10, { field: 'lengthMinutes', message: 'Length must be a whole number of minutes from 15 to 480.' }],
    ['10:00', 481, { field: 'lengthMinutes', message: 'Length must be a whole number of minutes from 15 to 480.' }],
  ])('%s for %i minutes: %j', (startTime, length, problem) => {
    expect(meetingTimeProblem(startTime, length)).toEqual(problem);
  });

  it('is said in plain words', () => {
    expect([spokenTime('14:30'), spokenTime('09:00'), spokenTime('12:05'), spokenTime('00:15')]).toEqual(['2:30pm', '9am', '12:05pm', '12:15am']);
    expect([spokenLength(90), spokenLength(60), spokenLength(45), spokenLength(121)]).toEqual([
      '1 hour 30 minutes',
      '1 hour',
      '45 minutes',
      '2 hours 1 minute',
    ]);
  });
});

describe("an invitation and the child's home address", () => {
  it('goes to the child, carers, the social worker and the advocate; never to parents or others', () => {
    const shown = MEETING_ATTENDEE_ROLES.filter((role) => invitationShowsVenueDetails('CHILDS_HOME', role));
    expect(shown).toEqual(['CHILD', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE']);
    expect(MEETING_ATTENDEE_ROLES.every((role) => invitationShowsVenueDetails('SCHOOL', role))).toBe(true);
  });
});
