import { BANK_HOLIDAY_SOURCE, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './england-and-wales-bank-holidays';
import { addDays, weekdayOf } from './iso-date';
import { createEnglandAndWalesCalendar } from './working-day-calendar';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const calendar = createEnglandAndWalesCalendar();
const years = Array.from({ length: BANK_HOLIDAY_SOURCE.lastYear - BANK_HOLIDAY_SOURCE.firstYear + 1 }, (_, i) => BANK_HOLIDAY_SOURCE.firstYear + i);
const titled = (title: string, year: number) =>
  ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.title.startsWith(title) && h.date.startsWith(`${year}-`)).map((h) => h.date);

describe('bank holidays in England and Wales (GOV.UK data, 2018 to 2027)', () => {
  it('names its source and the years it covers', () => {
    expect(BANK_HOLIDAY_SOURCE).toEqual({
      url: 'https://www.gov.uk/bank-holidays.json',
      division: 'england-and-wales',
      retrieved: '2026-11-22',
      firstYear: 2018,
      lastYear: 2027,
    });
  });

  it.each(years)('Good Friday and Easter Monday %i agree with the computed date of Easter', (year) => {
    const easter = easterSunday(year);
    expect(titled('Good Friday', year)).toEqual([addDays(easter, -2)]);
    expect(titled('Easter Monday', year)).toEqual([addDays(easter, 1)]);
  });

  it.each(years)('every bank holiday in %i falls on a weekday, 8 a year except for one-off days', (year) => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));
    expect(dates.filter((h) => ['Saturday', 'Sunday'].includes(weekdayOf(h.date)))).toEqual([]);
    const expected: Record<number, number> = { 2022: 10, 2023: 9 };
    expect(dates).toHaveLength(expected[year] ?? 8);
  });

  it.each([
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2022-06-02', 'Spring bank holiday'],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
  ])('one-off and moved days: %s is not a working day (%s)', (date, reason) => {
    expect(calendar.nonWorkingReason(date)).toBe(reason);
  });

  it.each([
    ['2020-12-28', 'Boxing Day (substitute day)'],
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    ['2022-01-03', "New Year's Day (substitute day)"],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    ['2023-01-02', "New Year's Day (substitute day)"],
    ['2027-12-28', 'Boxing Day (substitute day)'],
  ])('substitute days: %s is not a working day (%s)', (date, reason) => {
    expect(calendar.nonWorkingReason(date)).toBe(reason);
  });

  it.each([
    ['2020-05-04', 'the usual early May Monday in 2020 was moved to VE day'],
    ['2022-05-30', 'the usual late May Monday in 2022 was moved to 2 June'],
    ['2022-12-28', 'Christmas 2022 needed only one substitute day'],
  ])('%s is a working day: %s', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
  });
});
