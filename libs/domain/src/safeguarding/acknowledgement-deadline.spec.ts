import { createEnglandAndWalesCalendar } from '../calendar';
import { londonInstant } from '../calendar/london';
import { acknowledgementDeadline, parseSafeguardingHours, safeguardingAlertStatus } from './acknowledgement-deadline';

const calendar = createEnglandAndWalesCalendar();

describe('the safeguarding acknowledgement deadline', () => {
  it('is the end of the same working day when raised before the cut-off (GMT)', () => {
    const due = acknowledgementDeadline(new Date('2025-12-01T10:15:00Z'), calendar);
    expect([due.dueAt.toISOString(), due.sameDay]).toEqual(['2025-12-01T17:30:00.000Z', true]);
    expect(due.sentence).toBe(
      'Raised at 10:15 GMT on Monday 1 December 2025, before 15:30 on a working day, so it must be acknowledged by 17:30 GMT on Monday 1 December 2025, the same working day.',
    );
  });

  it('is midday on the next working day when raised late on a Friday afternoon, passing the weekend', () => {
    const due = acknowledgementDeadline(new Date('2025-12-05T16:10:00Z'), calendar);
    expect([due.dueAt.toISOString(), due.sameDay]).toEqual(['2025-12-08T12:00:00.000Z', false]);
    expect(due.sentence).toBe(
      'Raised at 16:10 GMT on Friday 5 December 2025, after 15:30, so it must be acknowledged by 12:00 GMT on Monday 8 December 2025, the next working day.',
    );
  });

  it('counts the cut-off itself as late', () => {
    expect(acknowledgementDeadline(new Date('2025-12-01T15:30:00Z'), calendar).dueAt.toISOString()).toBe('2025-12-02T12:00:00.000Z');
    expect(acknowledgementDeadline(new Date('2025-12-01T15:29:00Z'), calendar).dueAt.toISOString()).toBe('2025-12-01T17:30:00.000Z');
  });

  it('from a Saturday is midday on Monday', () => {
    const due = acknowledgementDeadline(new Date('2025-12-06T09:00:00Z'), calendar);
    expect(due.dueAt.toISOString()).toBe('2025-12-08T12:00:00.000Z');
    expect(due.sentence).toBe(
      'Raised at 09:00 GMT on Saturday 6 December 2025, on a day that is not a working day (Saturday), so it must be acknowledged by 12:00 GMT on Monday 8 December 2025, the next working day.',
    );
  });

  it('skips the Easter bank holidays, in British Summer Time', () => {
    // Good Friday 18 April 2025 to Easter Monday 21 April: next working day Tuesday 22 April, 12:00 BST = 11:00 UTC.
    const due = acknowledgementDeadline(new Date('2025-04-18T08:00:00Z'), calendar);
    expect(due.dueAt.toISOString()).toBe('2025-04-22T11:00:00.000Z');
    expect(due.sentence).toBe(
      'Raised at 09:00 BST on Friday 18 April 2025, on a day that is not a working day (Good Friday), so it must be acknowledged by 12:00 BST on Tuesday 22 April 2025, the next working day.',
    );
  });

  it('reads London time, not UTC, in summer: 15:00 UTC is 16:00 BST, after the cut-off', () => {
    expect(acknowledgementDeadline(new Date('2025-06-02T15:00:00Z'), calendar).dueAt.toISOString()).toBe('2025-06-03T11:00:00.000Z');
    expect(acknowledgementDeadline(new Date('2025-06-02T14:00:00Z'), calendar).dueAt.toISOString()).toBe('2025-06-02T16:30:00.000Z');
  });

  it('uses configured hours', () => {
    const hours = parseSafeguardingHours('12:00, 14:00, 10:00');
    if (typeof hours === 'string') throw new Error(hours);
    expect(acknowledgementDeadline(new Date('2025-12-01T11:00:00Z'), calendar, hours).dueAt.toISOString()).toBe('2025-12-01T14:00:00.000Z');
    expect(acknowledgementDeadline(new Date('2025-12-01T12:30:00Z'), calendar, hours).dueAt.toISOString()).toBe('2025-12-02T10:00:00.000Z');
  });

  it('refuses hours that are not three times in order', () => {
    expect(parseSafeguardingHours('15:30,17:30')).toBe('must be three 24-hour times "cut-off,end of day,next day by", such as 15:30,17:30,12:00');
    expect(parseSafeguardingHours('18:00,17:30,12:00')).toBe('the cut-off must not be after the end of the day');
    expect(parseSafeguardingHours('25:00,17:30,12:00')).toBe('must be three 24-hour times "cut-off,end of day,next day by", such as 15:30,17:30,12:00');
  });

  it('finds London instants either side of the clock change', () => {
    expect(londonInstant('2025-03-29', '12:00').toISOString()).toBe('2025-03-29T12:00:00.000Z');
    expect(londonInstant('2025-03-31', '12:00').toISOString()).toBe('2025-03-31T11:00:00.000Z');
    expect(londonInstant('2025-10-27', '17:30').toISOString()).toBe('2025-10-27T17:30:00.000Z');
  });
});

describe('an alert’s status', () => {
  const due = new Date('2025-12-01T17:30:00Z');
  it('is awaiting until the deadline, then overdue', () => {
    expect(safeguardingAlertStatus(due, null, new Date('2025-12-01T17:30:00Z'))).toBe('AWAITING');
    expect(safeguardingAlertStatus(due, null, new Date('2025-12-01T17:31:00Z'))).toBe('OVERDUE');
  });
  it('is acknowledged on time or late', () => {
    expect(safeguardingAlertStatus(due, new Date('2025-12-01T17:00:00Z'), new Date('2025-12-09T00:00:00Z'))).toBe('ACKNOWLEDGED_ON_TIME');
    expect(safeguardingAlertStatus(due, new Date('2025-12-01T18:00:00Z'), new Date('2025-12-01T18:00:00Z'))).toBe('ACKNOWLEDGED_LATE');
  });
});
