import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import {
  answeredOnTime,
  followUpCanComplete,
  putThemeProblem,
  themeAnswerProblem,
  themeFollowUpProblem,
  themeRequestAddress,
  themeRequestCommands,
  themeRequestStatus,
  themeResponseDeadline,
  THEME_RESPONSE_WORKING_DAYS,
} from './theme-answers';

const calendar = createEnglandAndWalesCalendar();

describe('a theme put to a local authority is answered within 20 working days', () => {
  it('is twenty working days', () => {
    expect(THEME_RESPONSE_WORKING_DAYS).toBe(20);
  });

  it.each([
    ['2026-12-02', '2027-01-04'], // skips Christmas Day, the Boxing Day substitute (28 Dec) and New Year's Day
    ['2026-03-20', '2026-04-21'], // skips Good Friday and Easter Monday
    ['2026-05-23', '2026-06-22'], // put on a Saturday: counts from the Monday, skipping the spring bank holiday
    ['2026-06-01', '2026-06-29'], // no bank holidays
  ])('put on %s is due on %s', (putOn, due) => {
    expect(themeResponseDeadline(calendar, putOn)).toBe(due);
  });

  it('is on time when answered on or before the deadline', () => {
    expect(answeredOnTime('2027-01-04', '2027-01-04')).toBe(true);
    expect(answeredOnTime('2027-01-04', '2026-12-31')).toBe(true);
    expect(answeredOnTime('2027-01-04', '2027-01-05')).toBe(false);
  });

  it.each([
    [{ deadline: '2027-01-04', answeredOn: null }, '2027-01-04', 'AWAITING_ANSWER'],
    [{ deadline: '2027-01-04', answeredOn: null }, '2027-01-05', 'OVERDUE'],
    [{ deadline: '2027-01-04', answeredOn: '2027-01-04' }, '2027-02-01', 'ANSWERED_ON_TIME'],
    [{ deadline: '2027-01-04', answeredOn: '2027-01-05' }, '2027-01-05', 'ANSWERED_LATE'],
  ] as const)('%j on %s is %s', (request, today, status) => {
    expect(themeRequestStatus(request, today)).toBe(status);
  });
});

describe('what a theme answer must contain', () => {
  const today = '2026-12-02';
  it('needs a theme from the list and a question', () => {
    expect(putThemeProblem({ theme: 'WEATHER', question: 'Why?' })).toEqual({ field: 'theme', message: 'Choose a theme from the list' });
    expect(putThemeProblem({ theme: 'SIBLINGS', question: '  ' })).toEqual({ field: 'question', message: 'Enter what you are asking the local authority' });
    expect(putThemeProblem({ theme: 'SIBLINGS', question: 'Why are siblings split?' })).toBeNull();
  });

  it('needs what was found, what will be done and a date after today', () => {
    const answer = { found: 'Three placements split siblings.', willDo: 'Review sibling placements.', byWhen: '2027-03-31' };
    expect(themeAnswerProblem(answer, today)).toBeNull();
    expect(themeAnswerProblem({ ...answer, found: '' }, today)).toEqual({ field: 'found', message: 'Enter what the local authority found' });
    expect(themeAnswerProblem({ ...answer, willDo: ' ' }, today)).toEqual({ field: 'willDo', message: 'Enter what the local authority will do' });
    expect(themeAnswerProblem({ ...answer, byWhen: today }, today)).toEqual({ field: 'byWhen', message: 'The date it will be done by must be after today' });
    expect(themeAnswerProblem({ ...answer, byWhen: '2027-02-30' }, today)).toEqual({
      field: 'byWhen',
      message: 'The date it will be done by must be a real date',
    });
    expect(themeAnswerProblem({ ...answer, found: 'x'.repeat(2001) }, today)).toEqual({
      field: 'found',
      message: 'What the local authority found must be 2000 characters or fewer',
    });
  });

  it('needs a follow-up action, an owner and a due date after today', () => {
    const followUp = { action: 'Audit placements', owner: 'Head of placements', dueOn: '2026-12-03' };
    expect(themeFollowUpProblem(followUp, today)).toBeNull();
    expect(themeFollowUpProblem({ ...followUp, owner: '' }, today)).toEqual({ field: 'owner', message: 'Enter who owns the action' });
    expect(themeFollowUpProblem({ ...followUp, dueOn: '2026-12-01' }, today)).toEqual({ field: 'dueOn', message: 'The due date must be after today' });
  });
});

describe('what may happen next on a theme request', () => {
  it.each([
    ['AWAITING_ANSWER', 'LA_MANAGER', ['ANSWER']],
    ['ANSWERED', 'LA_MANAGER', ['ADD_FOLLOW_UP', 'COMPLETE_FOLLOW_UP']],
    ['AWAITING_ANSWER', 'COMMISSIONER_STAFF', []],
    ['ANSWERED', 'ADVOCATE', []],
  ] as const)('%s for %s: %j', (state, role, commands) => {
    expect(themeRequestCommands(state, role, 'LOCAL_AUTHORITY')).toEqual(commands);
  });

  it('completes an open follow-up once', () => {
    expect(followUpCanComplete('OPEN')).toBe(true);
    expect(followUpCanComplete('DONE')).toBe(false);
  });
});

describe('where a theme request is opened', () => {
  it('is in the LA manager’s or the Commissioner’s area', () => {
    expect(themeRequestAddress('LA_MANAGER', 't1')).toBe('/la/theme-requests/t1');
    expect(themeRequestAddress('COMMISSIONER_STAFF', 't1')).toBe('/commissioner/theme-requests/t1');
  });
});
