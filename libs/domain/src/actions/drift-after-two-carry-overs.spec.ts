import { DRIFT_AFTER_CARRY_OVERS, isDrift } from './drift';

describe('an action carried over twice has drifted', () => {
  it('is drift from the second carry-over on', () => {
    expect([0, 1, 2, 3, 10].map(isDrift)).toEqual([false, false, true, true, true]);
  });

  it('names the threshold the SQL is given', () => {
    expect(DRIFT_AFTER_CARRY_OVERS).toBe(2);
    expect(isDrift(DRIFT_AFTER_CARRY_OVERS - 1)).toBe(false);
    expect(isDrift(DRIFT_AFTER_CARRY_OVERS)).toBe(true);
  });
});
