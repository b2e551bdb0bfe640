import { londonInstant } from '../calendar/london';
import { acknowledgementOutcome, contactMeasuresAtPeriodEnd, hoursBetween, lowerMedian, periodEndInstant, replyOutcome } from './child-voice-measures';

const SIX_WEEKS = { intervalWeeks: 6 };

describe('the median is the lower middle value, as the report’s SQL medians are', () => {
  it('of an odd number, the middle; of an even number, the lower of the two in the middle; of none, null', () => {
    expect([lowerMedian([9, 1, 5]), lowerMedian([4, 1, 3, 10]), lowerMedian([7]), lowerMedian([])]).toEqual([5, 3, 7, null]);
  });
});

describe('the end of a period is the first London instant after its last day', () => {
  it('31 March 2026 is in BST (from 29 March), so 23:00 UTC; 1 December is in GMT, so midnight UTC', () => {
    expect(periodEndInstant('2026-03-31').toISOString()).toBe('2026-03-31T23:00:00.000Z');
    expect(periodEndInstant('2025-12-01').toISOString()).toBe('2025-12-02T00:00:00.000Z');
  });
});

describe('a child’s contact clock at the end of the period', () => {
  it('heard 6 weeks before the last day is within the standard, 42 days since last heard', () => {
    const child = { lastHeardAt: londonInstant('2026-02-17', '10:00'), offerDeadline: null, meetings: [] };
    expect(contactMeasuresAtPeriodEnd(child, '2026-03-31', SIX_WEEKS)).toEqual({ withinStandard: true, daysSinceLastHeard: 42 });
  });

  it('heard a day earlier is past it, 43 days', () => {
    const child = { lastHeardAt: londonInstant('2026-02-16', '23:30'), offerDeadline: null, meetings: [] };
    expect(contactMeasuresAtPeriodEnd(child, '2026-03-31', SIX_WEEKS)).toEqual({ withinStandard: false, daysSinceLastHeard: 43 });
  });

  it('not heard since the meeting before the last one is past it, however recently heard', () => {
    const child = { lastHeardAt: londonInstant('2026-03-01', '09:00'), offerDeadline: null, meetings: ['2026-03-02', '2026-03-20'] };
    expect(contactMeasuresAtPeriodEnd(child, '2026-03-31', SIX_WEEKS)).toEqual({ withinStandard: false, daysSinceLastHeard: 30 });
  });

  it('never heard: within it until the offer deadline has passed, and no days since last heard', () => {
    expect(contactMeasuresAtPeriodEnd({ lastHeardAt: null, offerDeadline: '2026-04-02', meetings: [] }, '2026-03-31', SIX_WEEKS)).toEqual({
      withinStandard: true,
      daysSinceLastHeard: null,
    });
    expect(contactMeasuresAtPeriodEnd({ lastHeardAt: null, offerDeadline: '2026-03-30', meetings: [] }, '2026-03-31', SIX_WEEKS)).toEqual({
      withinStandard: false,
      daysSinceLastHeard: null,
    });
  });

  it('a contact late on the last day (London) counts as that day: 0 days', () => {
    const child = { lastHeardAt: new Date('2025-09-30T22:30:00Z'), offerDeadline: null, meetings: [] };
    expect(contactMeasuresAtPeriodEnd(child, '2025-09-30', SIX_WEEKS).daysSinceLastHeard).toBe(0);
  });
});

describe('replies and acknowledgements are judged against their own deadlines', () => {
  const due = new Date('2026-03-31T16:00:00Z');
  const end = periodEndInstant('2026-03-31');

  it('a reply by the reply clock’s deadline is in time, after it late, none not replied (even after the period)', () => {
    expect([
      replyOutcome(due, new Date('2026-03-31T16:00:00Z'), end),
      replyOutcome(due, new Date('2026-03-31T16:00:01Z'), end),
      replyOutcome(due, null, end),
      replyOutcome(due, new Date('2026-04-01T09:00:00Z'), end),
    ]).toEqual(['IN_TIME', 'LATE', 'NOT_REPLIED', 'LATE']);
  });

  it('an alert acknowledged by its deadline is on time, after it late, otherwise not acknowledged', () => {
    expect([
      acknowledgementOutcome(due, due, end),
      acknowledgementOutcome(due, new Date('2026-03-31T18:00:00Z'), end),
      acknowledgementOutcome(due, null, end),
    ]).toEqual(['ON_TIME', 'LATE', 'NOT_ACKNOWLEDGED']);
  });

  it('counts hours to one decimal place', () => {
    expect([hoursBetween(new Date('2026-03-31T09:00:00Z'), new Date('2026-03-31T09:30:00Z')), hoursBetween(due, new Date('2026-04-01T19:20:00Z'))]).toEqual([
      0.5, 27.3,
    ]);
  });
});
