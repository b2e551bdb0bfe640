import { advocateLine } from './advocate-line';

describe('a child is shown as waiting for an advocate only when they are in the queue', () => {
  it.each([
    [{ displayName: 'Sam Okafor' }, 'OFFER_DUE', 'Sam Okafor'],
    [null, 'AWAITING_ADVOCATE', 'Waiting for an advocate'],
    [null, 'NOT_IN_CARE', 'None: not in care'],
    [undefined, 'NOT_IN_CARE', 'None: not in care'],
  ] as const)('advocate %p, status %s: %p', (advocate, status, line) => {
    expect(advocateLine(advocate, status)).toBe(line);
  });
});
