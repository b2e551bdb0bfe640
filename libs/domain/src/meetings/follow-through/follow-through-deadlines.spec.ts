import { createEnglandAndWalesCalendar } from '../../calendar/working-day-calendar';
import { deadlineStatus } from './deadline-status';
import { noticeBand, noticeWorkingDays } from './meeting-notice';
import { challengeDeadline, earlierMeetingAnswerDue, papersDueBy, recordSharingDueBy, workingDaysBefore } from './working-day-deadlines';

const calendar = createEnglandAndWalesCalendar();

describe("the social worker's report reaches the advocate 5 working days before the meeting", () => {
  it.each([
    ['2026-06-12', '2026-06-05', "The social worker's report is due by Friday 5 June 2026: 5 working days before the meeting on Friday 12 June 2026."],
    // Over Christmas and New Year: 25 and 26 December and 1 January are skipped.
    [
      '2026-01-07',
      '2025-12-30',
      "The social worker's report is due by Tuesday 30 December 2025: 5 working days before the meeting on Wednesday 7 January 2026.",
    ],
    // Over Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    ['2026-04-07', '2026-03-27', "The social worker's report is due by Friday 27 March 2026: 5 working days before the meeting on Tuesday 7 April 2026."],
  ])('a meeting on %s: papers due by %s', (meetingOn, dueBy, explanation) => {
    expect(papersDueBy(calendar, meetingOn)).toEqual({ dueBy, explanation });
    expect(calendar.workingDaysBetween(dueBy, meetingOn)).toBe(5);
  });

  it('can be configured, and counts from the working day before a meeting on a non-working day', () => {
    expect(papersDueBy(calendar, '2026-06-12', 3).dueBy).toBe('2026-06-09');
    expect(workingDaysBefore(calendar, '2026-04-06', 1)).toBe('2026-04-02');
    expect(() => workingDaysBefore(calendar, '2026-04-06', 0)).toThrow(RangeError);
  });

  it('late papers are flagged: shared after the date, or not shared by it', () => {
    expect(deadlineStatus('2026-06-05', '2026-06-05', '2026-06-12')).toBe('ON_TIME');
    expect(deadlineStatus('2026-06-05', '2026-06-08', '2026-06-12')).toBe('LATE');
    expect(deadlineStatus('2026-06-05', null, '2026-06-05')).toBe('AWAITED');
    expect(deadlineStatus('2026-06-05', null, '2026-06-06')).toBe('OVERDUE');
  });
});

describe('working-day windows after a meeting or a request', () => {
  it('the LA may challenge a decision for 5 working days after the meeting, over bank holidays', () => {
    expect(challengeDeadline(calendar, '2025-12-23')).toEqual({
      dueBy: '2026-01-02',
      explanation: 'The local authority may challenge it until Friday 2 January 2026: 5 working days after the meeting on Tuesday 23 December 2025.',
    });
    expect(challengeDeadline(calendar, '2026-04-02').dueBy).toBe('2026-04-13');
  });

  it('the LA answers a request for an earlier meeting within 5 working days', () => {
    expect(earlierMeetingAnswerDue(calendar, '2026-05-21')).toEqual({
      dueBy: '2026-05-29',
      explanation: 'The local authority must answer by Friday 29 May 2026: 5 working days after the request on Thursday 21 May 2026.',
    });
  });

  it("the meeting's record reaches the attendees within 10 working days", () => {
    expect(recordSharingDueBy(calendar, '2026-04-02').dueBy).toBe('2026-04-20');
    expect(recordSharingDueBy(calendar, '2026-05-18')).toEqual({
      dueBy: '2026-06-02',
      explanation: 'The record is due to the attendees by Tuesday 2 June 2026: 10 working days after the meeting on Monday 18 May 2026.',
    });
  });
});

describe('notice of a meeting, in working days', () => {
  it('counts the working days after the invitation up to the meeting, skipping bank holidays', () => {
    expect(noticeWorkingDays(calendar, '2025-12-15', '2026-01-05')).toBe(12);
    expect(noticeWorkingDays(calendar, '2026-04-01', '2026-04-08')).toBe(3);
    expect(noticeWorkingDays(calendar, '2026-04-09', '2026-04-08')).toBe(0);
  });

  it.each([
    [0, 'UNDER_5_WORKING_DAYS'],
    [4, 'UNDER_5_WORKING_DAYS'],
    [5, '5_TO_9_WORKING_DAYS'],
    [9, '5_TO_9_WORKING_DAYS'],
    [10, '10_OR_MORE_WORKING_DAYS'],
  ] as const)('%i working days is %s', (days, band) => {
    expect(noticeBand(days)).toBe(band);
  });
});
