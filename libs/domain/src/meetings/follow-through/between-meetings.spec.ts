import { createEnglandAndWalesCalendar } from '../../calendar/working-day-calendar';
import { earlierMeetingAnswerStatus, earlierMeetingConcernRefusal } from './earlier-meeting-request';
import { SIGNIFICANT_CHANGE_KINDS, significantChangeOfferReason } from './significant-changes';
import { earlierMeetingAnswerDue } from './working-day-deadlines';

const calendar = createEnglandAndWalesCalendar();

describe('a significant change between meetings re-offers advocacy only where the brief says so', () => {
  it.each([
    ['PLACEMENT', 'PLACEMENT_CHANGE'],
    ['LEGAL_STATUS', null],
    ['CARE_PLAN', null],
  ] as const)('%s → %s', (kind, reason) => {
    expect(significantChangeOfferReason(kind)).toBe(reason);
  });

  it('knows exactly three kinds', () => {
    expect(SIGNIFICANT_CHANGE_KINDS).toEqual(['PLACEMENT', 'LEGAL_STATUS', 'CARE_PLAN']);
  });
});

describe('an unanswered request for an earlier meeting goes on the concern ladder once it is overdue', () => {
  // Requested on Thursday 2 April 2026: Good Friday and Easter Monday are skipped, so the answer is due Monday 13 April.
  const due = earlierMeetingAnswerDue(calendar, '2026-04-02').dueBy;

  it('is due 5 working days after the request, over Easter', () => {
    expect(due).toBe('2026-04-13');
  });

  it('is awaited to the end of the due day, then overdue', () => {
    expect(earlierMeetingAnswerStatus({ answerDueBy: due, answeredOn: null, concernRaised: false }, '2026-04-13')).toBe('AWAITED');
    expect(earlierMeetingAnswerStatus({ answerDueBy: due, answeredOn: null, concernRaised: false }, '2026-04-14')).toBe('OVERDUE');
    expect(earlierMeetingAnswerStatus({ answerDueBy: due, answeredOn: '2026-04-14', concernRaised: false }, '2026-04-20')).toBe('LATE');
  });

  it('may be raised as a concern only when overdue, unanswered and not raised before', () => {
    expect(earlierMeetingConcernRefusal({ answerDueBy: due, answeredOn: null, concernRaised: false }, '2026-04-14')).toBeNull();
    expect(earlierMeetingConcernRefusal({ answerDueBy: due, answeredOn: null, concernRaised: false }, '2026-04-13')).toBe(
      'The local authority still has time to answer this request.',
    );
    expect(earlierMeetingConcernRefusal({ answerDueBy: due, answeredOn: '2026-04-09', concernRaised: false }, '2026-04-14')).toBe(
      'The local authority has answered this request.',
    );
    expect(earlierMeetingConcernRefusal({ answerDueBy: due, answeredOn: null, concernRaised: true }, '2026-04-14')).toBe(
      'A concern has already been raised about this request.',
    );
  });
});
