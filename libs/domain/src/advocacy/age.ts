import { toDayNumber, type IsoDate } from '../calendar/iso-date';

/**
 * The date a child born on `dateOfBirth` turns `years`. Someone born on 29 February reaches
 * their birthday on 1 March in a year that is not a leap year.
 */
export function birthdayAt(dateOfBirth: IsoDate, years: number): IsoDate {
  toDayNumber(dateOfBirth);
  const year = Number(dateOfBirth.slice(0, 4)) + years;
  const monthDay = dateOfBirth.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-29' && !leap ? `${year}-03-01` : `${year}-${monthDay}`;
}

/** Age in whole years on a date. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  toDayNumber(on);
  let years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  if (birthdayAt(dateOfBirth, years) > on) years -= 1;
  return years;
}
