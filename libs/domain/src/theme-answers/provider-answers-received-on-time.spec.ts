import { providerAnswerProblem, providerThemeEmail, putThemeToProviderProblem, receivedOnProblem } from './provider-answers';
import { themeRequestCommands, themeRequestResponder, themeRequestStatus } from './theme-answers';

const providers = ['Brightwater Care', 'Oakfield Homes'];

describe('a theme put to a provider', () => {
  it('must name a provider of a children’s home, a theme and a question', () => {
    expect(putThemeToProviderProblem({ providerName: 'Brightwater Care', theme: 'SIBLINGS', question: 'Why?' }, providers)).toBeNull();
    expect(putThemeToProviderProblem({ providerName: 'Nobody Ltd', theme: 'SIBLINGS', question: 'Why?' }, providers)).toEqual({
      field: 'providerName',
      message: 'Choose a provider from the list',
    });
    expect(putThemeToProviderProblem({ providerName: 'Oakfield Homes', theme: 'NOPE', question: 'Why?' }, providers)).toEqual({
      field: 'theme',
      message: 'Choose a theme from the list',
    });
    expect(putThemeToProviderProblem({ providerName: 'Oakfield Homes', theme: 'SIBLINGS', question: '  ' }, providers)).toEqual({
      field: 'question',
      message: 'Enter what you are asking the provider',
    });
  });

  it('is answered and followed up by Commissioner staff, never by an LA manager', () => {
    expect(themeRequestResponder('PROVIDER')).toBe('COMMISSIONER_STAFF');
    expect(themeRequestResponder('LOCAL_AUTHORITY')).toBe('LA_MANAGER');
    expect(themeRequestCommands('AWAITING_ANSWER', 'COMMISSIONER_STAFF', 'PROVIDER')).toEqual(['RECORD_PROVIDER_ANSWER']);
    expect(themeRequestCommands('ANSWERED', 'COMMISSIONER_STAFF', 'PROVIDER')).toEqual(['ADD_FOLLOW_UP', 'COMPLETE_FOLLOW_UP']);
    expect(themeRequestCommands('AWAITING_ANSWER', 'LA_MANAGER', 'PROVIDER')).toEqual([]);
    expect(themeRequestCommands('ANSWERED', 'LA_MANAGER', 'PROVIDER')).toEqual([]);
    expect(themeRequestCommands('ANSWERED', 'COMMISSIONER_STAFF', 'LOCAL_AUTHORITY')).toEqual([]);
  });
});

describe('the date a provider’s answer was received', () => {
  const putOn = '2026-11-02';
  const today = '2026-12-03';

  it.each([
    ['2026-11-02', null], // the day it was put
    ['2026-12-03', null], // today
    ['2026-11-01', 'The date the answer was received must be on or after the date the theme was put'],
    ['2026-12-04', 'The date the answer was received must be today or in the past'],
    ['2026-02-30', 'The date the answer was received must be a real date'],
    ['3 December', 'The date the answer was received must be a real date'],
  ])('%s: %s', (receivedOn, message) => {
    expect(receivedOnProblem(receivedOn, putOn, today)).toEqual(message === null ? null : { field: 'receivedOn', message });
  });

  it('comes with what the provider found, will do, and a by-when after it was received', () => {
    const answer = { found: 'Found', willDo: 'Will do', byWhen: '2026-11-20', receivedOn: '2026-11-10' };
    expect(providerAnswerProblem(answer, putOn, today)).toBeNull();
    expect(providerAnswerProblem({ ...answer, found: '' }, putOn, today)).toEqual({ field: 'found', message: 'Enter what the provider found' });
    expect(providerAnswerProblem({ ...answer, willDo: ' ' }, putOn, today)).toEqual({ field: 'willDo', message: 'Enter what the provider will do' });
    expect(providerAnswerProblem({ ...answer, byWhen: '2026-11-10' }, putOn, today)).toEqual({
      field: 'byWhen',
      message: 'The date it will be done by must be after the date the answer was received',
    });
    expect(providerAnswerProblem({ ...answer, byWhen: '2026-13-01' }, putOn, today)).toEqual({
      field: 'byWhen',
      message: 'The date it will be done by must be a real date',
    });
  });

  it('decides whether the answer was on time', () => {
    expect(themeRequestStatus({ deadline: '2026-11-30', answeredOn: '2026-11-30' }, today)).toBe('ANSWERED_ON_TIME');
    expect(themeRequestStatus({ deadline: '2026-11-30', answeredOn: '2026-12-01' }, today)).toBe('ANSWERED_LATE');
  });
});

describe('the email to a provider', () => {
  it('names the theme, the question and the deadline, and no child', () => {
    expect(
      providerThemeEmail({ providerName: 'Oakfield Homes', themeLabel: 'Siblings', question: 'Why are siblings placed apart?', deadline: '2027-01-04' }),
    ).toEqual({
      subject: "The Children's Commissioner has put a theme to Oakfield Homes",
      body:
        "The Children's Commissioner has put a theme to Oakfield Homes, found through independent advocacy in its children's homes: Siblings.\n\n" +
        "Why are siblings placed apart?\n\nPlease reply to the Commissioner's office by 4 January 2027, saying what you found, what you will do and by when." +
        "\n\nFor children's privacy this email names no child.",
    });
  });
});
