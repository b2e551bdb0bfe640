import type { Role } from '../roles';
import { allowedOfferCommands, type OfferCommand, offerOutcomeRefusal, type OfferState } from './offer-commands';

const offer = (overrides: Partial<OfferState> = {}): OfferState => ({
  outcome: null,
  closedOn: null,
  childOptedOut: false,
  callerIsCurrentAdvocate: true,
  ...overrides,
});

describe("recording the child's answer to an offer", () => {
  it.each<[string, OfferState, Role, OfferCommand[]]>([
    ['an offer waiting for an answer', offer(), 'ADVOCATE', ['RECORD_OUTCOME']],
    ['an accepted offer', offer({ outcome: 'ACCEPTED' }), 'ADVOCATE', []],
    ['the child opted out', offer({ outcome: 'OPTED_OUT', childOptedOut: true }), 'ADVOCATE', ['OPT_BACK_IN']],
    ['an offer closed on reassignment', offer({ closedOn: '2025-03-01' }), 'ADVOCATE', []],
    ["someone else's child", offer({ callerIsCurrentAdvocate: false }), 'ADVOCATE', []],
    ['an LA manager', offer({ callerIsCurrentAdvocate: true }), 'LA_MANAGER', []],
  ])('%s', (_, state, role, expected) => {
    expect(allowedOfferCommands(state, role)).toEqual(expected);
  });

  it('says why an offer with an outcome, or a closed one, takes no outcome', () => {
    expect(offerOutcomeRefusal({ outcome: 'ACCEPTED', closedOn: null }, '2025-03-03')).toBe(
      'This offer already has an outcome (accepted on 3 March 2025). Record an opt-back-in instead.',
    );
    expect(offerOutcomeRefusal({ outcome: null, closedOn: '2025-03-01' }, null)).toBe(
      'This offer was closed on 1 March 2025 when the child was reassigned: record the outcome on their current offer.',
    );
  });
});
