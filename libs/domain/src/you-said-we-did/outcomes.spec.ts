import { childOutcomeSentence, outcomeNeedsReason, outcomeOrder, outcomeProblem, outcomeTransitionAllowed, shownToChild, VIEW_OUTCOMES } from './outcomes';

describe('you said, we did outcomes', () => {
  it('needs a reason only for partly done and not done', () => {
    expect(VIEW_OUTCOMES.filter(outcomeNeedsReason)).toEqual(['PARTLY', 'NOT_DONE']);
  });

  it.each([
    ['OPEN', 'DONE', true],
    ['OPEN', 'NOT_DONE', true],
    ['PARTLY', 'DONE', true],
    ['PARTLY', 'OPEN', true],
    ['DONE', 'OPEN', true],
    ['DONE', 'DONE', true],
    ['DONE', 'NOT_DONE', false],
    ['DONE', 'PARTLY', false],
    ['NOT_DONE', 'DONE', false],
    ['NOT_DONE', 'OPEN', true],
  ] as const)('from %s to %s allowed: %s', (from, to, allowed) => {
    expect(outcomeTransitionAllowed(from, to)).toBe(allowed);
  });

  it('explains a refused change on the field it concerns', () => {
    expect(outcomeProblem({ from: 'DONE', to: 'NOT_DONE', reason: 'x' })).toEqual({
      field: 'outcome',
      message: 'This is marked done: reopen it (still open) before changing it.',
    });
    expect(outcomeProblem({ from: 'OPEN', to: 'NOT_DONE', reason: '  ' })).toEqual({ field: 'reason', message: 'Enter why it could not be done' });
    expect(outcomeProblem({ from: 'OPEN', to: 'PARTLY', reason: null })).toEqual({ field: 'reason', message: 'Enter what was done and what was not' });
    expect(outcomeProblem({ from: 'OPEN', to: 'PARTLY', reason: 'a'.repeat(1001) })).toEqual({
      field: 'reason',
      message: 'The reason must be 1000 characters or fewer',
    });
    expect(outcomeProblem({ from: 'OPEN', to: 'DONE', reason: null })).toBeNull();
  });

  it('says what happened in plain words', () => {
    expect(childOutcomeSentence('to see my brother more.', 'DONE', null)).toEqual({ youSaid: 'You asked for: to see my brother more.', weDid: 'We did it.' });
    expect(childOutcomeSentence('a bike', 'PARTLY', 'we found a bike, the helmet is coming.').weDid).toBe(
      'We did part of it: we found a bike, the helmet is coming.',
    );
    expect(childOutcomeSentence('a bike', 'NOT_DONE', 'the judge said no').weDid).toBe('We could not do it, because the judge said no.');
    expect(childOutcomeSentence('a bike', 'OPEN', null).weDid).toBe('We are still working on it.');
  });

  it('orders open items first and shows the child only what they agreed', () => {
    expect([...VIEW_OUTCOMES].sort((a, b) => outcomeOrder(a) - outcomeOrder(b))).toEqual(['OPEN', 'PARTLY', 'NOT_DONE', 'DONE']);
    expect(
      shownToChild([
        { id: 1, showToChild: true },
        { id: 2, showToChild: false },
      ]),
    ).toEqual([{ id: 1, showToChild: true }]);
  });
});
