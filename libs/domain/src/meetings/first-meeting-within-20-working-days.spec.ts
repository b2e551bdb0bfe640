import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { nextMeetingDue } from './meeting-schedule';

const calendar = createEnglandAndWalesCalendar();

describe('the first care-planning meeting is due within 20 working days of the start of care', () => {
  it.each([
    ['2024-12-19', '2025-01-21', 'due 2025-01-21: 20 working days after 2024-12-19, skipping 25 Dec, 26 Dec and 1 Jan'],
    ['2025-04-01', '2025-05-01', 'due 2025-05-01: 20 working days after 2025-04-01, skipping 18 Apr and 21 Apr'],
    ['2022-05-20', '2022-06-21', 'due 2022-06-21: 20 working days after 2022-05-20, skipping 2 Jun and 3 Jun'],
    ['2021-12-10', '2022-01-12', 'due 2022-01-12: 20 working days after 2021-12-10, skipping 27 Dec, 28 Dec and 3 Jan'],
    ['2025-03-03', '2025-03-31', 'due 2025-03-31: 20 working days after 2025-03-03, no bank holidays skipped'],
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
