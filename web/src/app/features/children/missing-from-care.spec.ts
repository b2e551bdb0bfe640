import { missingEpisodeLine, uascLine } from './missing-from-care';

describe('the child page says whether the child is UASC and needs an interpreter', () => {
  it.each([
    [
      { uasc: true, uascCeasedOn: null, interpreterNeeded: true, firstLanguage: null },
      'Unaccompanied asylum-seeking child · Interpreter needed (first language: not recorded)',
    ],
    [
      { uasc: true, uascCeasedOn: null, interpreterNeeded: true, firstLanguage: 'Arabic' },
      'Unaccompanied asylum-seeking child · Interpreter needed (first language: Arabic)',
    ],
    [{ uasc: true, uascCeasedOn: null, interpreterNeeded: false, firstLanguage: 'English' }, 'Unaccompanied asylum-seeking child'],
    [
      { uasc: false, uascCeasedOn: '2025-01-01', interpreterNeeded: false, firstLanguage: 'Pashto' },
      'Was an unaccompanied asylum-seeking child until 1 January 2025',
    ],
    [{ uasc: false, uascCeasedOn: null, interpreterNeeded: false, firstLanguage: null }, null],
  ])('%j: %p', (child, line) => {
    expect(uascLine(child)).toBe(line);
  });
});

describe('a missing-from-care episode in words', () => {
  it.each([
    [{ kind: 'MISSING', startedOn: '2025-02-03', endedOn: '2025-02-05', days: 3 }, 'Missing: 3 February 2025 to 5 February 2025 (3 days)'],
    [{ kind: 'MISSING', startedOn: '2025-02-03', endedOn: '2025-02-03', days: 1 }, 'Missing: 3 February 2025 (1 day)'],
    [
      { kind: 'AWAY', startedOn: '2025-03-10', endedOn: null, days: 85 },
      'Away from placement without authorisation: from 10 March 2025, still missing (85 days so far)',
    ],
  ] as const)('%j: %p', (episode, line) => {
    expect(missingEpisodeLine(episode)).toBe(line);
  });
});
