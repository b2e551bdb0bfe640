import { BANK_HOLIDAY_SOURCE, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './england-and-wales-bank-holidays';
import { BANK_HOLIDAY_RULE_YEARS, easterSunday, englandAndWalesBankHolidaysByRule } from './england-and-wales-bank-holiday-rules';
import { addDays, weekdayOf } from './iso-date';
import { createEnglandAndWalesCalendar } from './working-day-calendar';

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

describe('bank holidays by rule, with the proclaimed one-off changes', () => {
  it.each(years)('the rules give exactly the published holidays of %i (dates, names and substitutes)', (year) => {
    expect(englandAndWalesBankHolidaysByRule(year)).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)));
  });

  it.each([
    [1970, '1970-03-29'],
    [1981, '1981-04-19'],
    [1998, '1998-04-12'],
    [2000, '2000-04-23'],
    [2002, '2002-03-31'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2012, '2012-04-08'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [1970, ['1970-03-27', '1970-03-30', '1970-05-25', '1970-08-31', '1970-12-25', '1970-12-28']],
    [1977, ['1977-01-03', '1977-04-08', '1977-04-11', '1977-06-06', '1977-06-07', '1977-08-29', '1977-12-26', '1977-12-27']],
    [1981, ['1981-01-01', '1981-04-17', '1981-04-20', '1981-05-04', '1981-05-25', '1981-07-29', '1981-08-31', '1981-12-25', '1981-12-28']],
    [1995, ['1995-01-02', '1995-04-14', '1995-04-17', '1995-05-08', '1995-05-29', '1995-08-28', '1995-12-25', '1995-12-26']],
    [1999, ['1999-01-01', '1999-04-02', '1999-04-05', '1999-05-03', '1999-05-31', '1999-08-30', '1999-12-27', '1999-12-28', '1999-12-31']],
    [2002, ['2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03', '2002-06-04', '2002-08-26', '2002-12-25', '2002-12-26']],
    [2011, ['2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27']],
    [2012, ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26']],
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
    [2100, ['2100-01-01', '2100-03-26', '2100-03-29', '2100-05-03', '2100-05-31', '2100-08-30', '2100-12-27', '2100-12-28']],
  ])('%i: %j', (year, dates) => {
    expect(englandAndWalesBankHolidaysByRule(year).map((h) => h.date)).toEqual(dates);
  });

  it('names substitute days: Christmas 2027 (a Saturday) and 2033 (a Sunday), Boxing Day 2037 (a Saturday)', () => {
    const late = (year: number) => englandAndWalesBankHolidaysByRule(year).filter((h) => h.date >= `${year}-12-01`);
    expect(late(2027)).toEqual([
      { date: '2027-12-27', title: 'Christmas Day', substitute: true },
      { date: '2027-12-28', title: 'Boxing Day', substitute: true },
    ]);
    expect(late(2033)).toEqual([
      { date: '2033-12-26', title: 'Boxing Day' },
      { date: '2033-12-27', title: 'Christmas Day', substitute: true },
    ]);
    expect(late(2037)).toEqual([
      { date: '2037-12-25', title: 'Christmas Day' },
      { date: '2037-12-28', title: 'Boxing Day', substitute: true },
    ]);
  });

  it.each(Array.from({ length: BANK_HOLIDAY_RULE_YEARS.lastYear - BANK_HOLIDAY_RULE_YEARS.firstYear + 1 }, (_, i) => BANK_HOLIDAY_RULE_YEARS.firstYear + i))(
    '%i: every holiday is a weekday, Good Friday and Easter Monday frame Easter, dates are distinct and in order',
    (year) => {
      const holidays = englandAndWalesBankHolidaysByRule(year);
      const dates = holidays.map((h) => h.date);
      expect(dates.filter((d) => ['Saturday', 'Sunday'].includes(weekdayOf(d)))).toEqual([]);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      expect(dates).toContain(addDays(easterSunday(year), -2));
      expect(dates).toContain(addDays(easterSunday(year), 1));
    },
  );

  it('refuses a year outside 1970 to 2200', () => {
    expect(() => englandAndWalesBankHolidaysByRule(1969)).toThrow('Bank holidays are known by rule for 1970 to 2200 (got 1969)');
    expect(() => englandAndWalesBankHolidaysByRule(2201)).toThrow(RangeError);
  });
});
