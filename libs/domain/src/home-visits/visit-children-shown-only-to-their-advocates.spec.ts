import type { ChildSpokenTo } from './visit-report';
import { childrenSpokenToAsSeenBy, maySeeVisitChild, recommendationChildAsSeenBy, type VisitReader } from './visit-visibility';

const spoken = (childId: string | null, name: string, whatTheySaid: string, consentToShare: boolean): ChildSpokenTo => ({
  childId,
  name,
  spokeInPrivate: true,
  consentToSpeak: true,
  whatTheySaid,
  consentToShare,
});
const children = [spoken('child-a', 'Sam', 'secret a', false), spoken('child-b', 'Jo', 'secret b', false), spoken(null, 'Older girl', 'shared words', true)];
const visiting: VisitReader = { isVisitingAdvocate: true, ownChildIds: new Set(['child-a']) };
const advocateOfB: VisitReader = { isVisitingAdvocate: false, ownChildIds: new Set(['child-b', 'child-elsewhere']) };
const anyoneElse: VisitReader = { isVisitingAdvocate: false, ownChildIds: new Set() };

describe("a visit report shows each child only to the visiting advocate and the child's own advocate", () => {
  it.each([
    ['the visiting advocate', visiting, 'child-b', true],
    ['the visiting advocate, a child Heard does not know', visiting, null, true],
    ["the child's own advocate", advocateOfB, 'child-b', true],
    ["another child's advocate", advocateOfB, 'child-a', false],
    ['an advocate, a child Heard does not know', advocateOfB, null, false],
    ['anyone else', anyoneElse, 'child-a', false],
    ['anyone else, a child Heard does not know', anyoneElse, null, false],
  ])('%s: may see %s is %s', (_who, reader: VisitReader, childId: string | null, expected: boolean) => {
    expect(maySeeVisitChild(reader, childId)).toBe(expected);
  });

  it('the visiting advocate sees every child and what they said', () => {
    expect(childrenSpokenToAsSeenBy(visiting, children)).toEqual({ childrenSpokenTo: children, childrenSpokenToCount: 3, sharedVoices: ['shared words'] });
  });

  it("a child's own advocate sees only that child, and a count for the rest", () => {
    expect(childrenSpokenToAsSeenBy(advocateOfB, children)).toEqual({
      childrenSpokenTo: [children[1]],
      childrenSpokenToCount: 3,
      sharedVoices: ['shared words'],
    });
  });

  it('anyone else sees the count and the words the children agreed to share, without names', () => {
    expect(childrenSpokenToAsSeenBy(anyoneElse, children)).toEqual({ childrenSpokenTo: [], childrenSpokenToCount: 3, sharedVoices: ['shared words'] });
  });

  it('a recommendation names its child only to those who may see the child', () => {
    expect([visiting, advocateOfB, anyoneElse].map((r) => recommendationChildAsSeenBy(r, 'child-a'))).toEqual(['child-a', null, null]);
    expect([visiting, advocateOfB, anyoneElse].map((r) => recommendationChildAsSeenBy(r, 'child-b'))).toEqual(['child-b', 'child-b', null]);
    expect(recommendationChildAsSeenBy(visiting, null)).toBeNull();
  });
});
