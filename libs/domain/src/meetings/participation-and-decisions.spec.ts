import { participationProblem } from './participation';
import { isDrift, significantDecisionRefusal } from './significant-decision';

describe('participation codes follow the SSDA903 rules by age on the meeting date', () => {
  it.each([
    ['PN0', '2022-03-01', '2026-02-28', null],
    ['PN0', '2022-03-01', '2026-03-01', 'PN0 is only for a child under 4; the child was 4 on 2026-03-01.'],
    ['PN1', '2022-03-01', '2026-02-28', 'The child was 3 on 2026-02-28: a child under 4 is recorded as PN0.'],
    ['PN7', '2010-01-01', '2025-06-01', null],
    ['PN8', '2010-01-01', '2025-06-01', '"PN8" is not a participation code: use PN0 to PN7.'],
    ['pn1', '2010-01-01', '2025-06-01', '"pn1" is not a participation code: use PN0 to PN7.'],
  ])('%s for a child born %s at a meeting on %s', (code, dob, on, problem) => {
    expect(participationProblem(code, dob, on)).toBe(problem);
  });
});

describe('the significant-decision guard', () => {
  it('refuses a significant decision without the advocate’s input or the child’s self-representation', () => {
    expect(significantDecisionRefusal({ significant: true, advocateInputRecorded: false, childRepresentsThemselves: false })).toMatch(/^This decision changes the child's care plan/);
  });

  it.each([
    [{ significant: true, advocateInputRecorded: true, childRepresentsThemselves: false }],
    [{ significant: true, advocateInputRecorded: false, childRepresentsThemselves: true }],
    [{ significant: false, advocateInputRecorded: false, childRepresentsThemselves: false }],
  ])('allows %j', (context) => {
    expect(significantDecisionRefusal(context)).toBeNull();
  });

  it('flags an action carried over twice as drift', () => {
    expect([0, 1, 2, 3].map(isDrift)).toEqual([false, false, true, true]);
  });
});
