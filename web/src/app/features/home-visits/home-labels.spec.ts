import { childrenCount, homesBase, judgementLabel, monthLabel, standardLabel } from './home-labels';

describe("the children's home pages' words", () => {
  it.each([
    ['2025-01', 'January 2025'],
    ['2024-12', 'December 2024'],
  ])('month %s is %s', (month, label) => {
    expect(monthLabel(month)).toBe(label);
  });

  it.each([
    [1, false, '1 child'],
    [3, false, '3 children'],
    [2, true, '2 other children'],
    [0, false, '0 children'],
  ])('%i children (other: %p) is %p', (n, other, text) => {
    expect(childrenCount(n, other)).toBe(text);
  });

  it('labels judgements and standards from the domain', () => {
    expect([judgementLabel('PARTLY_MET'), judgementLabel('NOT_SEEN')]).toEqual(['Partly met', 'Not looked at on this visit']);
    expect(standardLabel('PROTECTION_OF_CHILDREN')).toBe('Protection of children');
  });

  it.each([
    ['ADVOCATE', '/advocate/homes'],
    ['LA_MANAGER', '/la/homes'],
    ['COMMISSIONER_STAFF', '/commissioner/homes'],
  ] as const)('%s lists homes at %s', (role, path) => {
    expect(homesBase(role)).toBe(path);
  });
});
