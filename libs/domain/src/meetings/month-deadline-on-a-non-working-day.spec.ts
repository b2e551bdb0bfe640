import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { nextMeetingDue, workingDaysOverdue } from './meeting-schedule';

const calendar = createEnglandAndWalesCalendar();

describe('a month-based deadline that falls on a non-working day is shown with the last working day before it', () => {
  it('6 months after 4 August 2023 is Sunday 4 February 2024: the last working day before it is Friday 2 February', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2023-08-04'] })).toEqual({
      dueOn: '2024-02-04',
      lastWorkingDayBefore: '2024-02-02',
      rule: 'EVERY_6_MONTHS',
      explanation:
        'Due by Sunday 4 February 2024, 6 months after the last meeting on 4 August 2023; that is not a working day, so the last working day before it is Friday 2 February 2024.',
    });
  });

  it('6 months after 26 June 2025 is Boxing Day, Friday 26 December 2025: the last working day before it is Wednesday 24 December', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2025-06-26'] })).toEqual({
      dueOn: '2025-12-26',
      lastWorkingDayBefore: '2025-12-24',
      rule: 'EVERY_6_MONTHS',
      explanation:
        'Due by Friday 26 December 2025, 6 months after the last meeting on 26 June 2025; that is not a working day (Boxing Day), so the last working day before it is Wednesday 24 December 2025.',
    });
  });

  it('6 months after 21 October 2024 is Easter Monday, 21 April 2025: the last working day before it is Thursday 17 April, before Good Friday', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2024-10-21'] })).toEqual({
      dueOn: '2025-04-21',
      lastWorkingDayBefore: '2025-04-17',
      rule: 'EVERY_6_MONTHS',
      explanation:
        'Due by Monday 21 April 2025, 6 months after the last meeting on 21 October 2024; that is not a working day (Easter Monday), so the last working day before it is Thursday 17 April 2025.',
    });
  });

  it('3 months after a first meeting on 21 January 2025 is Easter Monday: the second meeting is shown with Thursday 17 April 2025', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2025-01-02', heldOn: ['2025-01-21'] })).toEqual({
      dueOn: '2025-04-21',
      lastWorkingDayBefore: '2025-04-17',
      rule: 'SECOND_WITHIN_3_MONTHS',
      explanation:
        'Due by Monday 21 April 2025, 3 months after the first meeting on 21 January 2025; that is not a working day (Easter Monday), so the last working day before it is Thursday 17 April 2025.',
    });
  });

  it('12 months after Friday 28 February 2025 for a settled child is Saturday 28 February 2026: the last working day before it is Friday 27 February', () => {
    expect(
      nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2025-02-28'], settledLongTermFosterSince: '2025-01-10' }),
    ).toEqual({
      dueOn: '2026-02-28',
      lastWorkingDayBefore: '2026-02-27',
      rule: 'YEARLY_LONG_TERM_FOSTER',
      explanation:
        'Due by Saturday 28 February 2026, 12 months after the last meeting on 28 February 2025, as the child is settled in a long-term foster placement (paper review between); that is not a working day, so the last working day before it is Friday 27 February 2026.',
    });
  });

  it('has no last working day before when the month-based date is itself a working day', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2025-03-15'] })).toEqual({
      dueOn: '2025-09-15',
      lastWorkingDayBefore: null,
      rule: 'EVERY_6_MONTHS',
      explanation: 'Due by Monday 15 September 2025, 6 months after the last meeting on 15 March 2025.',
    });
  });

  it('leaves the first meeting, 20 working days after the start of care, as it was: always a working day', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2024-12-19', heldOn: [] })).toEqual({
      dueOn: '2025-01-21',
      lastWorkingDayBefore: null,
      rule: 'FIRST_WITHIN_20_WORKING_DAYS',
      explanation: 'due 21 January 2025: 20 working days after 19 December 2024, skipping 25 Dec, 26 Dec and 1 Jan',
    });
  });

  it('counts overdue from the statutory date, not from the last working day before it', () => {
    // Due Sunday 4 February 2024: on Monday 5 February the meeting is 1 working day overdue, and not
    // overdue at all on Saturday 3 or Sunday 4 February, though the last working day before was Friday 2.
    expect(workingDaysOverdue(calendar, '2024-02-04', '2024-02-03')).toBe(0);
    expect(workingDaysOverdue(calendar, '2024-02-04', '2024-02-04')).toBe(0);
    expect(workingDaysOverdue(calendar, '2024-02-04', '2024-02-05')).toBe(1);
  });
});
