import { DATE_RANGES, dateProblem } from './date-range';

describe('dates people enter are real calendar dates within a sane range', () => {
  it.each([
    ['2026-02-30', 'must be a real date in the form YYYY-MM-DD (you entered "2026-02-30")'],
    ['0000-00-00', 'must be a real date in the form YYYY-MM-DD (you entered "0000-00-00")'],
    ['2025-04-31', 'must be a real date in the form YYYY-MM-DD (you entered "2025-04-31")'],
    ['2025-13-01', 'must be a real date in the form YYYY-MM-DD (you entered "2025-13-01")'],
    ['3 March', 'must be a real date in the form YYYY-MM-DD (you entered "3 March")'],
    ['2025-1-01', 'must be a real date in the form YYYY-MM-DD (you entered "2025-1-01")'],
    [`2025-01-01${'x'.repeat(100)}`, `must be a real date in the form YYYY-MM-DD (you entered "2025-01-01${'x'.repeat(30)}…")`],
    ['1900-01-01', 'must be on or after 1 January 2000'],
    ['1999-12-31', 'must be on or after 1 January 2000'],
    ['2200-01-01', 'must be before 1 January 2200'],
    ['9999-12-31', 'must be before 1 January 2200'],
  ])('an event date of %j: %s', (value, problem) => {
    expect(dateProblem(value, DATE_RANGES.event)).toBe(problem);
  });

  it.each(['2000-01-01', '2024-02-29', '2025-12-31', '2199-12-31'])('accepts the event date %s', (value) => {
    expect(dateProblem(value, DATE_RANGES.event)).toBeNull();
  });

  it('accepts a date of birth from 1900 on, and refuses one before', () => {
    expect(dateProblem('1900-01-01', DATE_RANGES.dateOfBirth)).toBeNull();
    expect(dateProblem('1955-06-15', DATE_RANGES.dateOfBirth)).toBeNull();
    expect(dateProblem('1899-12-31', DATE_RANGES.dateOfBirth)).toBe('must be on or after 1 January 1900');
    expect(dateProblem('2100-02-29', DATE_RANGES.dateOfBirth)).toBe('must be a real date in the form YYYY-MM-DD (you entered "2100-02-29")');
  });
});
