import { createEnglandAndWalesCalendar } from '../../calendar/working-day-calendar';
import { paperReviewDue } from './paper-review';

const calendar = createEnglandAndWalesCalendar();
const settled = { periodOfCareStart: '2023-01-09', settledLongTermFosterSince: '2023-01-09' };

describe('a paper review between yearly meetings for a child settled in long-term foster care', () => {
  it('is due 6 months after the last meeting', () => {
    expect(paperReviewDue(calendar, { ...settled, heldOn: ['2023-02-01', '2023-05-01', '2025-06-10'] }, [])).toEqual({
      dueOn: '2025-12-10',
      lastWorkingDayBefore: null,
      explanation:
        'Paper review: due by Wednesday 10 December 2025, 6 months after the last meeting on 10 June 2025, halfway to the next yearly meeting, as the child is settled in a long-term foster placement.',
    });
  });

  it('shown with the last working day before it when it falls on a non-working day (27 December 2025 is a Saturday, after Christmas)', () => {
    const due = paperReviewDue(calendar, { ...settled, heldOn: ['2023-02-01', '2023-05-01', '2025-06-27'] }, []);
    expect([due?.dueOn, due?.lastWorkingDayBefore]).toEqual(['2025-12-27', '2025-12-24']);
  });

  it('is not due once one is signed off after the last meeting, nor for a child whose meetings are not yearly', () => {
    expect(paperReviewDue(calendar, { ...settled, heldOn: ['2023-02-01', '2023-05-01', '2025-06-10'] }, ['2025-12-01'])).toBeNull();
    expect(paperReviewDue(calendar, { ...settled, heldOn: ['2023-02-01', '2023-05-01', '2025-06-10'] }, ['2025-06-01'])).not.toBeNull();
    expect(paperReviewDue(calendar, { periodOfCareStart: '2023-01-09', heldOn: ['2023-02-01', '2023-05-01', '2025-06-10'] }, [])).toBeNull();
    expect(paperReviewDue(calendar, { ...settled, heldOn: ['2023-02-01'] }, [])).toBeNull();
  });
});
