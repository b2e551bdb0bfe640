import type { BankHoliday } from './england-and-wales-bank-holidays';
import { addDays, weekdayOf, type IsoDate } from './iso-date';

/** The years the rules below are written for; the calendar refuses any day outside them. */
export const BANK_HOLIDAY_RULE_YEARS = { firstYear: 1970, lastYear: 2200 } as const;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
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
  return isoOf(year, month, day);
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 'Saturday' || weekday === 'Sunday';
}

function firstMonday(year: number, month: number): IsoDate {
  let date = isoOf(year, month, 1);
  while (weekdayOf(date) !== 'Monday') date = addDays(date, 1);
  return date;
}

function lastMonday(year: number, month: number, daysInMonth: number): IsoDate {
  let date = isoOf(year, month, daysInMonth);
  while (weekdayOf(date) !== 'Monday') date = addDays(date, -1);
  return date;
}

/** Where a one-off change moved a usual holiday, and the extra days of that year, as GOV.UK names them. */
interface OneOffs {
  earlyMay?: BankHoliday;
  spring?: BankHoliday;
  extra?: readonly BankHoliday[];
}

/**
 * The one-off changes proclaimed for England and Wales since 1970 (moved days and extra days). The
 * names of 2018 onwards are GOV.UK's; earlier names describe the occasion.
 */
const ONE_OFFS: Readonly<Record<number, OneOffs>> = {
  1977: { spring: { date: '1977-06-06', title: 'Spring bank holiday' }, extra: [{ date: '1977-06-07', title: 'Silver Jubilee of Queen Elizabeth II' }] },
  1981: { extra: [{ date: '1981-07-29', title: 'Wedding of Prince Charles and Lady Diana Spencer' }] },
  1995: { earlyMay: { date: '1995-05-08', title: 'Early May bank holiday (VE day)' } },
  1999: { extra: [{ date: '1999-12-31', title: 'Millennium celebrations' }] },
  2002: {
    spring: { date: '2002-06-04', title: 'Spring bank holiday' },
    extra: [{ date: '2002-06-03', title: 'Golden Jubilee of Queen Elizabeth II' }],
  },
  2011: { extra: [{ date: '2011-04-29', title: 'Wedding of Prince William and Catherine Middleton' }] },
  2012: {
    spring: { date: '2012-06-04', title: 'Spring bank holiday' },
    extra: [{ date: '2012-06-05', title: 'Queen’s Diamond Jubilee' }],
  },
  2020: { earlyMay: { date: '2020-05-08', title: 'Early May bank holiday (VE day)' } },
  2022: {
    spring: { date: '2022-06-02', title: 'Spring bank holiday' },
    extra: [
      { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { extra: [{ date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' }] },
};

/** New Year's Day (a bank holiday from 1974), moved to the Monday when it falls at a weekend. */
function newYearsDay(year: number): BankHoliday[] {
  if (year < 1974) return [];
  const day = isoOf(year, 1, 1);
  const weekday = weekdayOf(day);
  if (weekday === 'Saturday') return [{ date: isoOf(year, 1, 3), title: "New Year's Day", substitute: true }];
  if (weekday === 'Sunday') return [{ date: isoOf(year, 1, 2), title: "New Year's Day", substitute: true }];
  return [{ date: day, title: "New Year's Day" }];
}

/**
 * Christmas Day and Boxing Day. At a weekend each gets the next weekday not already a holiday:
 * Christmas on a Saturday gives Monday 27 (Christmas) and Tuesday 28 (Boxing Day); on a Sunday,
 * Monday 26 is Boxing Day and Tuesday 27 stands in for Christmas; Boxing Day alone on a Saturday
 * (Christmas on a Friday) gives Monday 28.
 */
function christmas(year: number): BankHoliday[] {
  const christmasDay = isoOf(year, 12, 25);
  switch (weekdayOf(christmasDay)) {
    case 'Saturday':
      return [
        { date: isoOf(year, 12, 27), title: 'Christmas Day', substitute: true },
        { date: isoOf(year, 12, 28), title: 'Boxing Day', substitute: true },
      ];
    case 'Sunday':
      return [
        { date: isoOf(year, 12, 26), title: 'Boxing Day' },
        { date: isoOf(year, 12, 27), title: 'Christmas Day', substitute: true },
      ];
    case 'Friday':
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: isoOf(year, 12, 28), title: 'Boxing Day', substitute: true },
      ];
    default:
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: isoOf(year, 12, 26), title: 'Boxing Day' },
      ];
  }
}

/**
 * England and Wales bank holidays for a year by rule (Banking and Financial Dealings Act 1971 and the
 * proclamations since), with the published one-off changes, in date order. Good Friday and Christmas
 * Day are common-law holidays and are listed too, as GOV.UK lists them.
 */
export function englandAndWalesBankHolidaysByRule(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_RULE_YEARS.firstYear || year > BANK_HOLIDAY_RULE_YEARS.lastYear) {
    throw new RangeError(`Bank holidays are known by rule for ${BANK_HOLIDAY_RULE_YEARS.firstYear} to ${BANK_HOLIDAY_RULE_YEARS.lastYear} (got ${year})`);
  }
  const oneOffs = ONE_OFFS[year] ?? {};
  const easter = easterSunday(year);
  const holidays: BankHoliday[] = [
    ...newYearsDay(year),
    { date: addDays(easter, -2), title: 'Good Friday' },
    { date: addDays(easter, 1), title: 'Easter Monday' },
  ];
  if (year >= 1978) holidays.push(oneOffs.earlyMay ?? { date: firstMonday(year, 5), title: 'Early May bank holiday' });
  holidays.push(oneOffs.spring ?? { date: lastMonday(year, 5, 31), title: 'Spring bank holiday' });
  holidays.push({ date: lastMonday(year, 8, 31), title: 'Summer bank holiday' });
  holidays.push(...(oneOffs.extra ?? []), ...christmas(year));
  if (holidays.some((holiday) => isWeekend(holiday.date))) {
    throw new Error(`A bank holiday rule for ${year} gave a weekend day`);
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
