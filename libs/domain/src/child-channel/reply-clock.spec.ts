import { createEnglandAndWalesCalendar } from '../calendar';
import { londonInstant } from '../calendar/london';
import { childReplyPromise, plainClockTime, replyDue, replyStatus } from './reply-clock';

const calendar = createEnglandAndWalesCalendar();

describe('the reply clock: one working day, same London time', () => {
  it('a message at 16:00 on a Friday is due at 16:00 on Monday', () => {
    const due = replyDue(new Date('2026-11-27T16:00:00Z'), calendar);
    expect(due.dueAt.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(due.sentence).toBe('Reply by 4pm on Monday 30 November 2026: one working day after the message (16:00 on Friday).');
  });

  it('a message on a Tuesday is due at the same time on Wednesday', () => {
    expect(replyDue(new Date('2026-12-01T10:25:00Z'), calendar).dueAt.toISOString()).toBe('2026-12-02T10:25:00.000Z');
  });

  it('skips a bank holiday: Friday before the late May bank holiday is due on Tuesday (BST)', () => {
    const due = replyDue(new Date('2026-05-22T13:30:00Z'), calendar);
    expect(due.dueAt.toISOString()).toBe('2026-05-26T13:30:00.000Z');
    expect(due.sentence).toBe('Reply by 2:30pm on Tuesday 26 May 2026: one working day after the message (14:30 on Friday), skipping Spring bank holiday.');
  });

  it('skips Christmas: 24 December 2026 (Thursday) is due on 29 December', () => {
    const due = replyDue(new Date('2026-12-24T11:00:00Z'), calendar);
    expect(due.dueAt.toISOString()).toBe('2026-12-29T11:00:00.000Z');
    expect(due.sentence).toBe(
      'Reply by 11am on Tuesday 29 December 2026: one working day after the message (11:00 on Thursday), skipping Christmas Day and Boxing Day (substitute day).',
    );
  });

  it('a message on a Saturday starts the clock at 09:00 on Monday and is due 09:00 Tuesday', () => {
    const due = replyDue(new Date('2026-11-28T20:00:00Z'), calendar);
    expect(due.clockStartedOn).toBe('2026-11-30');
    expect(due.clockStartedAt).toBe('09:00');
    expect(due.dueAt.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(due.sentence).toBe('Reply by 9am on Tuesday 1 December 2026: one working day after 09:00 on Monday, the next working day after the message.');
  });

  it('a message on a bank holiday Monday counts from 09:00 on Tuesday', () => {
    expect(replyDue(new Date('2026-08-31T12:00:00Z'), calendar).dueAt.toISOString()).toBe('2026-09-02T08:00:00.000Z');
  });

  it('uses the London date, not the UTC one: 23:30 BST on Friday is Friday', () => {
    expect(replyDue(new Date('2026-06-05T22:30:00Z'), calendar).dueAt.toISOString()).toBe('2026-06-08T22:30:00.000Z');
  });

  it('keeps the London clock time across the change to GMT: Friday 16:00 BST → Monday 16:00 GMT', () => {
    expect(replyDue(new Date('2026-10-23T15:00:00Z'), calendar).dueAt.toISOString()).toBe('2026-10-26T16:00:00.000Z');
  });

  it('and across the change to BST: Friday 16:00 GMT → Monday 16:00 BST', () => {
    expect(replyDue(new Date('2026-03-27T16:00:00Z'), calendar).dueAt.toISOString()).toBe('2026-03-30T15:00:00.000Z');
  });
});

describe('what the child is told and the reply status', () => {
  it('promises the time and weekday in plain words', () => {
    expect(childReplyPromise('Sam', new Date('2026-11-30T16:00:00Z'))).toBe('Sam will reply by 4pm on Monday.');
    expect(childReplyPromise('Sam', new Date('2026-07-01T08:30:00Z'))).toBe('Sam will reply by 9:30am on Wednesday.');
  });

  it('says noon and midnight as 12pm and 12am', () => {
    expect(plainClockTime('12:00')).toBe('12pm');
    expect(plainClockTime('00:05')).toBe('12:05am');
  });

  it('reads a London date and time as an instant in GMT and BST', () => {
    expect(londonInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(londonInstant('2026-07-15', '09:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('is due, then overdue; replied in time or late', () => {
    const due = new Date('2026-11-30T16:00:00Z');
    expect(replyStatus(due, null, new Date('2026-11-30T15:59:00Z'))).toBe('DUE');
    expect(replyStatus(due, null, new Date('2026-11-30T16:01:00Z'))).toBe('OVERDUE');
    expect(replyStatus(due, new Date('2026-11-30T16:00:00Z'), new Date('2026-12-05T00:00:00Z'))).toBe('REPLIED');
    expect(replyStatus(due, new Date('2026-11-30T16:01:00Z'), new Date('2026-12-05T00:00:00Z'))).toBe('REPLIED_LATE');
  });
});
