import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import {
  answerVisibleTo,
  homeAnswerReceivedProblem,
  isLateAnswer,
  RECOMMENDATION_ANSWER_MAX,
  recommendationAnswerCommands,
  recommendationAnswerers,
  recommendationAnswerProblem,
  recommendationAnswerStatus,
  recommendationResponseDeadline,
  visitRecommendationsAddress,
} from './recommendation-answers';

const calendar = createEnglandAndWalesCalendar();
const LA_A = '00000000-0000-4000-8000-00000000000a';
const LA_B = '00000000-0000-4000-8000-00000000000b';

describe('each recommendation of a visit report is answered by the home and the placing LAs', () => {
  it('puts a recommendation about the home to the home and each placing LA once, in id order', () => {
    expect(recommendationAnswerers({ childLocalAuthorityId: null }, [LA_B, LA_A, LA_B])).toEqual([
      { answerer: 'HOME', localAuthorityId: null },
      { answerer: 'LOCAL_AUTHORITY', localAuthorityId: LA_A },
      { answerer: 'LOCAL_AUTHORITY', localAuthorityId: LA_B },
    ]);
  });

  it('puts a recommendation about one child to the home and only that child’s LA', () => {
    expect(recommendationAnswerers({ childLocalAuthorityId: LA_B }, [LA_A, LA_B])).toEqual([
      { answerer: 'HOME', localAuthorityId: null },
      { answerer: 'LOCAL_AUTHORITY', localAuthorityId: LA_B },
    ]);
  });

  it('puts it to the home alone when no LA had a child placed there', () => {
    expect(recommendationAnswerers({ childLocalAuthorityId: null }, [])).toEqual([{ answerer: 'HOME', localAuthorityId: null }]);
  });
});

describe('an answer is due 20 working days after the London date the report was submitted', () => {
  it.each([
    ['2026-12-02', '2027-01-04'], // skips Christmas Day, the Boxing Day substitute and New Year's Day
    ['2026-03-20', '2026-04-21'], // skips Good Friday and Easter Monday
    ['2026-06-01', '2026-06-29'],
  ])('submitted on %s is due on %s', (submittedOn, due) => {
    expect(recommendationResponseDeadline(calendar, submittedOn)).toBe(due);
  });

  it.each([
    [{ dueOn: '2027-01-04', answeredOn: null }, '2027-01-04', 'AWAITING_ANSWER', false],
    [{ dueOn: '2027-01-04', answeredOn: null }, '2027-01-05', 'OVERDUE', true],
    [{ dueOn: '2027-01-04', answeredOn: '2027-01-04' }, '2027-03-01', 'ANSWERED_ON_TIME', false],
    [{ dueOn: '2027-01-04', answeredOn: '2027-01-05' }, '2027-01-05', 'ANSWERED_LATE', true],
  ] as const)('%j on %s is %s (flagged late: %s)', (answer, today, status, late) => {
    expect(recommendationAnswerStatus(answer, today)).toBe(status);
    expect(isLateAnswer(recommendationAnswerStatus(answer, today))).toBe(late);
  });
});

describe('who answers and who sees an answer', () => {
  const la = { role: 'LA_MANAGER', ownLocalAuthority: true, responsibleForHome: false } as const;
  const otherLa = { role: 'LA_MANAGER', ownLocalAuthority: false, responsibleForHome: false } as const;
  const responsible = { role: 'ADVOCATE', ownLocalAuthority: false, responsibleForHome: true } as const;
  const otherAdvocate = { role: 'ADVOCATE', ownLocalAuthority: false, responsibleForHome: false } as const;
  const commissioner = { role: 'COMMISSIONER_STAFF', ownLocalAuthority: false, responsibleForHome: false } as const;

  it.each([
    ['LOCAL_AUTHORITY', false, la, ['ANSWER_FOR_LA']],
    ['LOCAL_AUTHORITY', true, la, []],
    ['LOCAL_AUTHORITY', false, otherLa, []],
    ['LOCAL_AUTHORITY', false, responsible, []],
    ['HOME', false, responsible, ['RECORD_HOME_ANSWER']],
    ['HOME', true, responsible, []],
    ['HOME', false, otherAdvocate, []],
    ['HOME', false, la, []],
    ['HOME', false, commissioner, []],
  ] as const)('a %s answer (answered %s) gives %j the commands %j', (answerer, answered, reader, commands) => {
    expect(recommendationAnswerCommands({ answerer, answered }, reader)).toEqual(commands);
  });

  it('shows an LA manager the home’s answer and their own LA’s, never another LA’s', () => {
    expect(answerVisibleTo({ answerer: 'HOME' }, otherLa)).toBe(true);
    expect(answerVisibleTo({ answerer: 'LOCAL_AUTHORITY' }, la)).toBe(true);
    expect(answerVisibleTo({ answerer: 'LOCAL_AUTHORITY' }, otherLa)).toBe(false);
    expect(answerVisibleTo({ answerer: 'LOCAL_AUTHORITY' }, otherAdvocate)).toBe(true);
    expect(answerVisibleTo({ answerer: 'LOCAL_AUTHORITY' }, commissioner)).toBe(true);
  });
});

describe('what an answer must contain', () => {
  it('says what was done', () => {
    expect(recommendationAnswerProblem({ response: '  ' })).toEqual({
      field: 'response',
      message: 'Enter what was done or will be done about the recommendation',
    });
    expect(recommendationAnswerProblem({ response: 'x'.repeat(RECOMMENDATION_ANSWER_MAX + 1) })).toEqual({
      field: 'response',
      message: 'The answer must be 2000 characters or fewer',
    });
    expect(recommendationAnswerProblem({ response: 'New night staff rota from March.' })).toBeNull();
  });

  it.each([
    ['2027-02-30', 'The date the answer was received must be a real date'],
    ['2027-01-11', 'The date the answer was received must be today or in the past'],
    ['2026-12-31', 'The date the answer was received must be on or after the date the report was submitted'],
  ])('refuses a home answer received on %s', (receivedOn, message) => {
    expect(homeAnswerReceivedProblem(receivedOn, '2027-01-04', '2027-01-10')).toEqual({ field: 'receivedOn', message });
  });

  it('takes a home answer received from the submission date to today', () => {
    expect(homeAnswerReceivedProblem('2027-01-04', '2027-01-04', '2027-01-10')).toBeNull();
    expect(homeAnswerReceivedProblem('2027-01-10', '2027-01-04', '2027-01-10')).toBeNull();
  });

  it('lives at /la/visit-recommendations for an LA manager', () => {
    expect(visitRecommendationsAddress()).toBe('/la/visit-recommendations');
  });
});
