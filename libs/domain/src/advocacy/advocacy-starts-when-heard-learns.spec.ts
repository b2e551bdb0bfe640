import { advocacyEndsOn, advocacyStartsOn } from './advocacy-starts-when-heard-learns';

describe('advocacy starts on the later of the period of care’s start and the day Heard learned of the child', () => {
  it.each([
    ['2025-03-15', '2025-06-10', '2025-06-10', 'in care before the import: the import date'],
    ['2025-06-10', '2025-06-10', '2025-06-10', 'entered care on the import date'],
    ['2025-06-12', '2025-06-10', '2025-06-12', 'a period starting after the import: its start'],
    ['1998-12-23', '2025-06-10', '2025-06-10', 'in care for decades: the import date'],
  ])('period from %s, learned on %s: starts %s (%s)', (periodStart, learnedOn, starts) => {
    expect(advocacyStartsOn(periodStart, learnedOn)).toBe(starts);
  });
});

describe('advocacy ends when the period of care ended, never before the assignment began', () => {
  it.each([
    ['2025-07-01', '2025-06-10', '2025-07-01', 'ended after the advocate was assigned: the period’s end'],
    ['2025-06-10', '2025-06-10', '2025-06-10', 'ended the day the advocate was assigned'],
    ['2025-05-01', '2025-06-10', '2025-06-10', 'ended before Heard learned of it: the day the assignment began'],
  ])('period ended %s, assignment from %s: ends %s (%s)', (periodEnd, assignmentStart, ends) => {
    expect(advocacyEndsOn(periodEnd, assignmentStart)).toBe(ends);
  });
});
