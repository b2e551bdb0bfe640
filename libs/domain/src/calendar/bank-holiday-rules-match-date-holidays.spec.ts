import Holidays from 'date-holidays';
import { englandAndWalesBankHolidaysByRule } from './england-and-wales-bank-holiday-rules';
import { weekdayOf, type IsoDate } from './iso-date';

/** The weekdays a year's bank holidays (and their substitutes) take off work: what a working-day count depends on. */
function daysOff(dates: readonly IsoDate[]): string[] {
  return [...new Set(dates)].filter((d) => weekdayOf(d) !== 'Saturday' && weekdayOf(d) !== 'Sunday').sort();
}

/**
 * Where Heard and the date-holidays package (England) disagree, and why Heard is right. date-holidays
 * applies today's rules to every year and misses most of the one-off proclamations.
 */
const KNOWN_DIFFERENCES: Readonly<Record<number, { heard: string[]; library: string[]; why: string }>> = {
  1970: { heard: [], library: ['1970-01-01', '1970-05-04'], why: "New Year's Day is a bank holiday from 1974, the early May one from 1978" },
  1971: { heard: [], library: ['1971-01-01', '1971-05-03'], why: "New Year's Day from 1974, early May from 1978" },
  1972: { heard: [], library: ['1972-01-03', '1972-05-01'], why: "New Year's Day (its Monday substitute) from 1974, early May from 1978" },
  1973: { heard: [], library: ['1973-01-01', '1973-05-07'], why: "New Year's Day from 1974, early May from 1978" },
  1974: { heard: [], library: ['1974-05-06'], why: 'the early May bank holiday starts in 1978' },
  1975: { heard: [], library: ['1975-05-05'], why: 'the early May bank holiday starts in 1978' },
  1976: { heard: [], library: ['1976-05-03'], why: 'the early May bank holiday starts in 1978' },
  1977: {
    heard: ['1977-06-06', '1977-06-07'],
    library: ['1977-05-02', '1977-05-30'],
    why: 'no early May yet; spring moved to 6 June and 7 June added for the Silver Jubilee',
  },
  1981: { heard: ['1981-07-29'], library: [], why: 'the royal wedding day' },
  1995: { heard: ['1995-05-08'], library: ['1995-05-01'], why: 'early May moved to 8 May for the 50th anniversary of VE Day' },
  1999: { heard: ['1999-12-31'], library: [], why: 'the extra millennium day' },
  2002: { heard: ['2002-06-03', '2002-06-04'], library: ['2002-05-27'], why: 'spring moved to 4 June and 3 June added for the Golden Jubilee' },
  2011: { heard: ['2011-04-29'], library: [], why: 'the royal wedding day' },
  2012: { heard: ['2012-06-04'], library: ['2012-05-28'], why: 'spring moved to 4 June for the Diamond Jubilee (both have 5 June)' },
};

describe('the bank-holiday rules agree with date-holidays for 1970 to 2100, except where the law did something else', () => {
  const library = new Holidays('GB', 'ENG');
  const years = Array.from({ length: 2100 - 1970 + 1 }, (_, i) => 1970 + i);

  it.each(years)('%i', (year) => {
    const heard = daysOff(englandAndWalesBankHolidaysByRule(year).map((h) => h.date));
    const theirs = daysOff(
      library
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    const known = KNOWN_DIFFERENCES[year];
    expect({ onlyHeard: heard.filter((d) => !theirs.includes(d)), onlyLibrary: theirs.filter((d) => !heard.includes(d)) }).toEqual({
      onlyHeard: known?.heard ?? [],
      onlyLibrary: known?.library ?? [],
    });
  });
});
