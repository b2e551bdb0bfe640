import { KIND_OPTIONS, kindLabel, recordedNotice, timeProblem, whenLabel } from './contact-labels';

describe('contact labels', () => {
  it('offers the six kinds of contact in the domain order', () => {
    expect(KIND_OPTIONS.map((o) => o.label)).toEqual(['Visit', 'Phone call', 'Video call', 'Message', 'At a meeting', 'Through a carer']);
    expect(kindLabel('THROUGH_CARER')).toBe('Through a carer');
  });

  it('shows when a contact happened in London time', () => {
    expect(whenLabel('2026-07-01T08:30:00.000Z')).toBe('1 July 2026 at 09:30');
    expect(whenLabel('2026-12-01T09:30:00.000Z')).toBe('1 December 2026 at 09:30');
  });

  it('checks the time as HH:MM on the 24-hour clock', () => {
    expect(timeProblem('')).toBe('Enter the time of the contact');
    expect(timeProblem('25:00')).toBe('Enter the time as hours and minutes on the 24-hour clock, for example 14:30');
    expect(timeProblem('2pm')).toBe('Enter the time as hours and minutes on the 24-hour clock, for example 14:30');
    expect(timeProblem('14:30')).toBeNull();
  });

  it('confirms the save, saying when last heard moved', () => {
    expect(recordedNotice(true)).toBe("Contact recorded. Last heard is updated: the child's views were recorded.");
    expect(recordedNotice(false)).toBe('Contact recorded.');
  });
});
