import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { nextMeetingDue } from './meeting-schedule';

const calendar = createEnglandAndWalesCalendar();

describe('the first care-planning meeting is due within 20 working days of the start of care', () => {
  it.each([
    ['2024-12-19', '2025-01-21', 'due 21 January 2025: 20 working days after 19 December 2024, skipping 25 Dec, 26 Dec and 1 Jan'],
    ['2025-04-01', '2025-05-01', 'due 1 May 2025: 20 working days after 1 April 2025, skipping 18 Apr and 21 Apr'],
    ['2022-05-20', '2022-06-21', 'due 21 June 2022: 20 working days after 20 May 2022, skipping 2 Jun and 3 Jun'],
    ['2021-12-10', '2022-01-12', 'due 12 January 2022: 20 working days after 10 December 2021, skipping 27 Dec, 28 Dec and 3 Jan'],
    ['2025-03-03', '2025-03-31', 'due 31 March 2025: 20 working days after 3 March 2025, no bank holidays skipped'],
  ])('care starting %s: first meeting due %s', (start, dueOn, explanation) => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: start, heldOn: [] })).toEqual({
      dueOn,
      lastWorkingDayBefore: null,
      rule: 'FIRST_WITHIN_20_WORKING_DAYS',
      explanation,
    });
  });

  it('ignores meetings from an earlier period of care', () => {
    expect(nextMeetingDue(calendar, { periodOfCareStart: '2025-03-03', heldOn: ['2024-06-01', '2024-09-01'] }).rule).toBe('FIRST_WITHIN_20_WORKING_DAYS');
  });
});
