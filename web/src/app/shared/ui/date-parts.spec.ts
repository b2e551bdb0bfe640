import { dateProblem, isoDateOfParts, partsOfIsoDate } from './date-parts';

describe('a date typed as day, month and year', () => {
  it.each([
    [{ day: '7', month: '3', year: '2026' }, '2026-03-07'],
    [{ day: ' 07 ', month: '03', year: '2026' }, '2026-03-07'],
    [{ day: '30', month: '2', year: '2026' }, '2026-02-30'],
    [{ day: '', month: '', year: '' }, ''],
    [{ day: '7', month: '', year: '2026' }, '2026--7'],
    [{ day: 'x', month: '3', year: '26' }, '26-3-x'],
  ])('%p is sent as %p', (parts, expected) => {
    expect(isoDateOfParts(parts)).toBe(expected);
  });

  it.each([
    ['2026-03-07', { day: '7', month: '3', year: '2026' }],
    ['2026-12-25', { day: '25', month: '12', year: '2026' }],
    ['', { day: '', month: '', year: '' }],
    ['2026--7', { day: '', month: '', year: '' }],
  ])('%p fills the boxes with %p', (value, expected) => {
    expect(partsOfIsoDate(value)).toEqual(expected);
  });

  it.each([
    ['', null],
    ['2024-02-29', null],
    ['2026-02-30', 'Date of birth must be a real date'],
    ['2026-13-01', 'Date of birth must be a real date'],
    ['2026--7', 'Date of birth must include a month'],
    ['--7', 'Date of birth must include a month and year'],
    ['2026--', 'Date of birth must include a day and month'],
    ['26-3-7', 'Date of birth: the year must have 4 numbers, for example 2026'],
  ])('%p: %p', (value, expected) => {
    expect(dateProblem('Date of birth', value)).toBe(expected);
  });
});
