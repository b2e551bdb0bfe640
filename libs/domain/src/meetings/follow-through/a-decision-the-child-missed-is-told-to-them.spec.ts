import { decisionsChildNotYetTold, missedDecisionBriefingRefusal } from './meeting-parts';

const parts = [
  { id: 'with-child', childAttended: true },
  { id: 'professionals', childAttended: false },
];

describe('a significant decision the child missed is told to them', () => {
  const decisions = [
    { id: 'a', partId: 'with-child', significant: true },
    { id: 'b', partId: 'professionals', significant: true },
    { id: 'c', partId: 'professionals', significant: false },
    { id: 'e', partId: 'professionals', significant: true },
  ];

  it('stays an open task until the advocate records telling the child', () => {
    expect(decisionsChildNotYetTold(parts, decisions, new Set())).toEqual(['b', 'e']);
    expect(decisionsChildNotYetTold(parts, decisions, new Set(['b']))).toEqual(['e']);
    expect(decisionsChildNotYetTold(parts, decisions, new Set(['b', 'e']))).toEqual([]);
  });

  it('is recorded only for a significant decision taken in a part the child missed', () => {
    expect(missedDecisionBriefingRefusal({ id: 'b', partId: 'professionals', significant: true }, parts)).toBeNull();
    expect(missedDecisionBriefingRefusal({ id: 'c', partId: 'professionals', significant: false }, parts)).toBe(
      'Only a significant decision taken while the child was not there needs to be told to the child.',
    );
    expect(missedDecisionBriefingRefusal({ id: 'a', partId: 'with-child', significant: true }, parts)).toBe(
      'This decision was not taken in a part of the meeting the child missed.',
    );
    expect(missedDecisionBriefingRefusal({ id: 'd', partId: null, significant: true }, parts)).toBe(
      'This decision was not taken in a part of the meeting the child missed.',
    );
  });
});
