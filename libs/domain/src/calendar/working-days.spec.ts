import { CalendarCoverageError, createEnglandAndWalesCalendar } from './working-day-calendar';
import { InvalidDateError } from './iso-date';

const calendar = createEnglandAndWalesCalendar();

describe('working days: not a weekend, Christmas Day, Boxing Day, Good Friday or bank holiday', () => {
  it.each([
    ['2024-03-29', 'Good Friday'],
    ['2025-04-18', 'Good Friday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],
    ['2025-01-04', 'Saturday'],
    ['2025-01-05', 'Sunday'],
  ])('%s is not a working day: %s', (date, reason) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.nonWorkingReason(date)).toBe(reason);
  });

  it('leap day 2024-02-29 is a working day (a Thursday)', () => {
    expect(calendar.nonWorkingReason('2024-02-29')).toBeNull();
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-05', 'tomorrow', ''])('refuses %j as a date', (value) => {
    expect(() => calendar.isWorkingDay(value)).toThrow(InvalidDateError);
  });
});

describe('addWorkingDays counts working days after the start date', () => {
  it('20 working days after 19 December 2024 is 21 January 2025, skipping 25 Dec, 26 Dec and 1 Jan', () => {
    expect(calendar.explainAddWorkingDays('2024-12-19', 20)).toEqual({
      result: '2025-01-21',
      skipped: [
        { date: '2024-12-25', reason: 'Christmas Day' },
        { date: '2024-12-26', reason: 'Boxing Day' },
        { date: '2025-01-01', reason: "New Year's Day" },
      ],
      confirmed: true,
      sentence: '21 January 2025: 20 working days after 19 December 2024, skipping 25 Dec, 26 Dec and 1 Jan',
    });
  });

  it.each([
    ['2022-05-31', 5, '2022-06-09', 'the Jubilee days 2 and 3 June 2022'],
    ['2022-09-16', 1, '2022-09-20', 'the State Funeral on 19 September 2022'],
    ['2023-05-05', 1, '2023-05-09', 'the Coronation on 8 May 2023'],
    ['2021-12-24', 1, '2021-12-29', 'a weekend Christmas and its two substitute days'],
    ['2024-03-28', 1, '2024-04-02', 'Good Friday and Easter Monday'],
    ['2025-01-03', 1, '2025-01-06', 'a weekend'],
    ['2024-02-28', 1, '2024-02-29', 'nothing: the leap day is a working day'],
    ['2025-01-31', 20, '2025-02-28', 'a month end with no holidays'],
  ])('%s + %i working days = %s (skipping %s)', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it('0 working days is the same day when it is a working day, else the next working day', () => {
    expect(calendar.addWorkingDays('2025-01-06', 0)).toBe('2025-01-06');
    expect(calendar.addWorkingDays('2024-12-25', 0)).toBe('2024-12-27');
  });

  it('says so when no bank holiday was skipped', () => {
    expect(calendar.explainAddWorkingDays('2025-03-03', 1).sentence).toBe('4 March 2025: 1 working day after 3 March 2025, no bank holidays skipped');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => calendar.addWorkingDays('2025-01-06', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-06', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween counts working days after `from` up to and including `to`', () => {
  it.each([
    ['2024-12-23', '2025-01-02', 5],
    ['2025-01-06', '2025-01-06', 0],
    ['2025-01-06', '2025-01-10', 4],
    ['2025-01-10', '2025-01-06', -4],
    ['2022-05-27', '2022-06-06', 4],
  ])('%s to %s is %i', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });
});

describe('every year from 1970 to 2200 has working days', () => {
  it('counts across the end of the published years: 20 working days from 2027-12-02 is 2028-01-04', () => {
    expect(calendar.explainAddWorkingDays('2027-12-02', 20)).toEqual({
      result: '2028-01-04',
      skipped: [
        { date: '2027-12-27', reason: 'Christmas Day (substitute day)' },
        { date: '2027-12-28', reason: 'Boxing Day (substitute day)' },
        { date: '2028-01-03', reason: "New Year's Day (substitute day)" },
      ],
      confirmed: false,
      sentence:
        '4 January 2028: 20 working days after 2 December 2027, skipping 27 Dec, 28 Dec and 3 Jan ' +
        '(bank holidays after 2027 by the usual rules; not yet confirmed by the government)',
    });
  });

  it('a deadline inside the published years is confirmed and says nothing more', () => {
    expect(calendar.explainAddWorkingDays('2027-12-20', 5)).toMatchObject({ result: '2027-12-29', confirmed: true });
    expect(calendar.explainAddWorkingDays('2027-12-20', 5).sentence).toBe(
      '29 December 2027: 5 working days after 20 December 2027, skipping 27 Dec and 28 Dec',
    );
  });

  it.each([
    ['1998-04-09', 1, '1998-04-14', 'Good Friday and Easter Monday 1998'],
    ['1999-12-30', 1, '2000-01-04', 'the millennium day and New Year 2000 (a Saturday)'],
    ['1999-12-24', 1, '1999-12-29', 'Christmas 1999 (a Saturday) and its two substitute days'],
    ['1970-03-26', 1, '1970-03-31', 'Good Friday and Easter Monday 1970'],
    ['2199-12-31', 20, '2200-01-29', 'New Year 2200'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it('1973-01-01 was a working day; 1974-01-01 was the first New Year bank holiday', () => {
    expect(calendar.nonWorkingReason('1973-01-01')).toBeNull();
    expect(calendar.nonWorkingReason('1974-01-01')).toBe("New Year's Day");
  });

  it.each(['1969-12-31', '2201-01-01'])('%s is refused with a message naming it and the range', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(CalendarCoverageError);
    expect(() => calendar.isWorkingDay(date)).toThrow(`${date} is outside the working-day calendar, which covers 1970-01-01 to 2200-12-31.`);
  });

  it('a count that runs past 2200-12-31 is refused, naming the first day it cannot know', () => {
    expect(() => calendar.addWorkingDays('2200-12-20', 10)).toThrow('2201-01-01 is outside the working-day calendar');
  });
});

describe('explanations name the one-off days they skipped', () => {
  it.each([
    ['2022-05-31', 5, '9 June 2022: 5 working days after 31 May 2022, skipping 2 Jun and 3 Jun'],
    ['2022-09-16', 1, '20 September 2022: 1 working day after 16 September 2022, skipping 19 Sep'],
    ['2023-05-05', 1, '9 May 2023: 1 working day after 5 May 2023, skipping 8 May'],
    ['2024-03-28', 1, '2 April 2024: 1 working day after 28 March 2024, skipping 29 Mar and 1 Apr'],
  ])('%s + %i', (from, n, sentence) => {
    expect(calendar.explainAddWorkingDays(from, n).sentence).toBe(sentence);
  });
});
