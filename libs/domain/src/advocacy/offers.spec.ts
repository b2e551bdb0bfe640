import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { ageOn, birthdayAt } from './age';
import { isOfferDueSoon, isOfferOverdue, offerDueDate } from './offers';

const calendar = createEnglandAndWalesCalendar();

describe('active offer due 5 working days after the trigger', () => {
  it.each([
    ['2025-03-03', '2025-03-10', 'no bank holidays skipped', '10 March 2025: 5 working days after 3 March 2025'],
    ['2024-12-20', '2024-12-31', 'skipping 25 Dec and 26 Dec', '31 December 2024: 5 working days after 20 December 2024'],
    ['2024-12-27', '2025-01-06', 'skipping 1 Jan', '6 January 2025: 5 working days after 27 December 2024'],
    ['2025-04-16', '2025-04-25', 'skipping 18 Apr and 21 Apr', '25 April 2025: 5 working days after 16 April 2025'],
    ['2022-05-30', '2022-06-08', 'skipping 2 Jun and 3 Jun', '8 June 2022: 5 working days after 30 May 2022'],
    ['2023-05-04', '2023-05-12', 'skipping 8 May', '12 May 2023: 5 working days after 4 May 2023'],
  ])('prompted on %s, due %s (%s)', (promptedOn, due, skipping, counted) => {
    expect(offerDueDate(calendar, promptedOn)).toMatchObject({ result: due, sentence: `${counted}, ${skipping}` });
  });

  it('uses a configured number of working days', () => {
    expect(offerDueDate(calendar, '2025-03-03', 10).result).toBe('2025-03-17');
  });
});

describe('overdue and due-soon offers', () => {
  it('is overdue from the day after the due date while there is no outcome', () => {
    expect(isOfferOverdue('2025-03-10', null, '2025-03-10')).toBe(false);
    expect(isOfferOverdue('2025-03-10', null, '2025-03-11')).toBe(true);
    expect(isOfferOverdue('2025-03-10', 'ACCEPTED', '2025-03-11')).toBe(false);
  });

  it('is due soon within 3 days of the due date', () => {
    expect(isOfferDueSoon('2025-03-10', null, '2025-03-07')).toBe(true);
    expect(isOfferDueSoon('2025-03-10', null, '2025-03-06')).toBe(false);
    expect(isOfferDueSoon('2025-03-10', null, '2025-03-11')).toBe(false);
  });
});

describe('age and the 16th birthday', () => {
  it.each([
    ['2010-06-15', 16, '2026-06-15'],
    ['2008-02-29', 16, '2024-02-29'],
    ['2012-02-29', 15, '2027-03-01'],
  ])('born %s turns %i on %s', (dob, years, expected) => {
    expect(birthdayAt(dob, years)).toBe(expected);
  });

  it.each([
    ['2010-06-15', '2026-06-14', 15],
    ['2010-06-15', '2026-06-15', 16],
    ['2012-02-29', '2016-02-28', 3],
    ['2012-02-29', '2015-03-01', 3],
  ])('born %s is %i years old on %s', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});
