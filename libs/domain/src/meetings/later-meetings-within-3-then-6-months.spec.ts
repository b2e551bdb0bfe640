import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { ukLongDate as formatLongDate } from '../calendar/iso-date';
import { addMonths, nextMeetingDue, workingDaysOverdue } from './meeting-schedule';

const calendar = createEnglandAndWalesCalendar();

describe('the second meeting is due within 3 months of the first', () => {
  it.each([
    ['2024-11-30', '2025-02-28', 'Friday'],
    ['2023-11-29', '2024-02-29', 'Thursday'],
    ['2023-11-30', '2024-02-29', 'Thursday'],
  ])('first held %s: second due %s', (first, dueOn, weekday) => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: [first] })).toEqual({
      dueOn,
      lastWorkingDayBefore: null,
      rule: 'SECOND_WITHIN_3_MONTHS',
      explanation: `Due by ${weekday} ${formatLongDate(dueOn)}, 3 months after the first meeting on ${formatLongDate(first)}.`,
    });
  });

  it('first held 2025-01-21: second due on Easter Monday 2025-04-21, shown with Thursday 17 April', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2025-01-21'] })).toMatchObject({
      dueOn: '2025-04-21',
      lastWorkingDayBefore: '2025-04-17',
    });
  });
});

describe('later meetings are due at most 6 months after the previous one', () => {
  it.each([
    ['2024-08-31', '2025-02-28', 'Friday 28 February 2025', '31 August 2024'],
    ['2023-08-31', '2024-02-29', 'Thursday 29 February 2024', '31 August 2023'],
    ['2025-03-15', '2025-09-15', 'Monday 15 September 2025', '15 March 2025'],
    ['2024-12-25', '2025-06-25', 'Wednesday 25 June 2025', '25 December 2024'],
  ])('last held %s: next due %s', (last, dueOn, dueInWords, lastInWords) => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: [last, '2023-02-01'] })).toEqual({
      dueOn,
      lastWorkingDayBefore: null,
      rule: 'EVERY_6_MONTHS',
      explanation: `Due by ${dueInWords}, 6 months after the last meeting on ${lastInWords}.`,
    });
  });
});

describe('a child settled in a long-term foster placement may have a yearly meeting', () => {
  it('is due 12 months after the last meeting once settled before it', () => {
    expect(
      nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2024-02-29'], settledLongTermFosterSince: '2024-01-10' }),
    ).toEqual({
      dueOn: '2025-02-28',
      lastWorkingDayBefore: null,
      rule: 'YEARLY_LONG_TERM_FOSTER',
      explanation:
        'Due by Friday 28 February 2025, 12 months after the last meeting on 29 February 2024, as the child is settled in a long-term foster placement (paper review between).',
    });
  });

  it('stays 6-monthly when the placement became long-term after the last meeting', () => {
    expect(
      nextMeetingDue(calendar, { periodOfCareStart: '2023-01-02', heldOn: ['2023-02-01', '2024-03-01'], settledLongTermFosterSince: '2024-05-01' }).rule,
    ).toBe('EVERY_6_MONTHS');
  });
});

describe('calendar months and overdue working days', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-10-31', 4, '2026-02-28'],
    ['2025-12-15', 3, '2026-03-15'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('counts working days overdue, skipping bank holidays, and 0 when not overdue', () => {
    expect(workingDaysOverdue(calendar, '2024-12-20', '2025-01-02')).toBe(6);
    expect(workingDaysOverdue(calendar, '2025-01-02', '2025-01-02')).toBe(0);
  });
});
