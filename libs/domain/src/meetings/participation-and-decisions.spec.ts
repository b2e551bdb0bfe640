import { participationProblem } from './participation';
import { isDrift } from '../actions/drift';
import {
  significantDecisionGuard,
  significantDecisionRefusal,
  type DecisionBasis,
  type DecisionContext,
  type LinkedAdvocateInput,
} from './significant-decision';

describe('participation codes follow the SSDA903 rules by age on the meeting date', () => {
  it.each([
    ['PN0', '2022-03-01', '2026-02-28', null],
    ['PN0', '2022-03-01', '2026-03-01', 'PN0 is only for a child under 4; the child was 4 on 1 March 2026.'],
    ['PN1', '2022-03-01', '2026-02-28', 'The child was 3 on 28 February 2026: a child under 4 is recorded as PN0.'],
    ['PN7', '2010-01-01', '2025-06-01', null],
    ['PN8', '2010-01-01', '2025-06-01', '"PN8" is not a participation code: use PN0 to PN7.'],
    ['pn1', '2010-01-01', '2025-06-01', '"pn1" is not a participation code: use PN0 to PN7.'],
  ])('%s for a child born %s at a meeting on %s', (code, dob, on, problem) => {
    expect(participationProblem(code, dob, on)).toBe(problem);
  });
});

describe("the significant-decision guard: the advocate's input is the advocate's", () => {
  const here = 'meeting-1';
  const base: DecisionContext = { significant: true, meetingId: here, linkedInput: null, selfRepresentationRecorded: false, childOptedOut: false };
  const input = (over: Partial<LinkedAdvocateInput> = {}): LinkedAdvocateInput => ({
    meetingId: here,
    recordedByChildsAdvocate: true,
    migratedFromChair: false,
    ...over,
  });

  it('refuses a significant decision with nothing linked, naming the link field', () => {
    expect(significantDecisionGuard(base)).toEqual({
      allowed: false,
      field: 'advocateInputId',
      reason:
        "This decision changes the child's care plan, so link the advocate's input on it under \"The advocate's input\". There is none to link until the child's advocate records it on their own screen, or records that the child chose to represent themselves at this meeting.",
    });
  });

  it.each<[string, Partial<DecisionContext>, DecisionBasis | null]>([
    ["an input the child's advocate recorded for this meeting", { linkedInput: input() }, 'ADVOCATE_INPUT'],
    ["the advocate recorded the child's self-representation", { selfRepresentationRecorded: true }, 'CHILD_SELF_REPRESENTING'],
    ['the child opted out of advocacy', { childOptedOut: true }, 'CHILD_OPTED_OUT'],
    ['a linked input wins over self-representation', { linkedInput: input(), selfRepresentationRecorded: true }, 'ADVOCATE_INPUT'],
    ['self-representation wins over opting out', { selfRepresentationRecorded: true, childOptedOut: true }, 'CHILD_SELF_REPRESENTING'],
    ['a decision that is not significant needs nothing', { significant: false }, null],
    ['a decision that is not significant may link an input', { significant: false, linkedInput: input() }, 'ADVOCATE_INPUT'],
  ])('allows: %s', (_name, over, basis) => {
    expect(significantDecisionGuard({ ...base, ...over })).toEqual({ allowed: true, basis });
    expect(significantDecisionRefusal({ ...base, ...over })).toBeNull();
  });

  it.each<[string, LinkedAdvocateInput, string]>([
    [
      'another meeting',
      input({ meetingId: 'meeting-2' }),
      "The advocate's input you linked was recorded for a different meeting: link an input recorded for this meeting.",
    ],
    [
      'typed by the chair (migrated)',
      input({ migratedFromChair: true }),
      "The advocate's input you linked was typed by the chair before advocates recorded their own, so it cannot support a new decision: ask the child's advocate to record their input.",
    ],
    [
      "not the child's advocate",
      input({ recordedByChildsAdvocate: false }),
      "The advocate's input you linked was not recorded by the child's advocate: link an input the child's advocate recorded.",
    ],
  ])('refuses a linked input from %s, even when the child represents themselves', (_name, linkedInput, reason) => {
    for (const significant of [true, false]) {
      expect(significantDecisionGuard({ ...base, significant, linkedInput, selfRepresentationRecorded: true, childOptedOut: true })).toEqual({
        allowed: false,
        field: 'advocateInputId',
        reason,
      });
    }
  });

  it('flags an action carried over twice as drift', () => {
    expect([0, 1, 2, 3].map(isDrift)).toEqual([false, false, true, true]);
  });
});
