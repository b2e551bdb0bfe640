import { interpreterNeeded, isUascOn } from './interpreter-needed';
import { missingEpisodeDays } from './missing-from-care';

const child = (uasc: boolean, uascCeasedOn: string | null, firstLanguage: string | null) => ({ uasc, uascCeasedOn, firstLanguage });

describe('an unaccompanied asylum-seeking child needs an interpreter unless their first language is English', () => {
  it.each([
    ['UASC, Arabic', child(true, null, 'Arabic'), true],
    ['UASC, first language not recorded', child(true, null, null), true],
    ['UASC, first language blank', child(true, null, '  '), true],
    ['UASC, English', child(true, null, ' english '), false],
    ['UASC, ceases tomorrow', child(true, '2025-06-02', 'Pashto'), true],
    ['ceased UASC today', child(true, '2025-06-01', 'Pashto'), false],
    ['ceased UASC last year', child(true, '2024-06-01', 'Pashto'), false],
    ['not UASC, Tigrinya', child(false, null, 'Tigrinya'), false],
  ])('%s on 1 June 2025: %s', (_name, c, needed) => {
    expect(interpreterNeeded(c, '2025-06-01')).toBe(needed);
  });

  it('is UASC until the day they ceased to be one', () => {
    expect([isUascOn(child(true, '2025-06-01', null), '2025-05-31'), isUascOn(child(true, '2025-06-01', null), '2025-06-01')]).toEqual([true, false]);
  });
});

describe('a missing-from-care episode lasts from the day it started to the day it ended, both counted', () => {
  it.each([
    ['2025-02-03', '2025-02-05', 3],
    ['2025-02-03', '2025-02-03', 1],
    ['2025-02-28', '2025-03-01', 2],
    ['2025-05-30', null, 3],
    ['2025-06-05', null, 1],
  ])('from %s to %s: %i days on 1 June 2025', (start, end, days) => {
    expect(missingEpisodeDays(start, end, '2025-06-01')).toBe(days);
  });
});
