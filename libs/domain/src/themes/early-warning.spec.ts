import { EARLY_WARNING_FACTOR, EARLY_WARNING_MINIMUM, quarterBefore, quarterStart, risingThemes, themeWarning } from './early-warning';

describe('early warning of a rising theme', () => {
  it('uses the documented figures: at least 5 this quarter and above 1.5 × the mean of the four before', () => {
    expect([EARLY_WARNING_MINIMUM, EARLY_WARNING_FACTOR]).toEqual([5, 1.5]);
    expect(themeWarning({ current: 5, previous: [2, 1, 3, 2] })).toEqual({ current: 5, previous: [2, 1, 3, 2], mean: 2, above: 3 });
    expect(themeWarning({ current: 3, previous: [2, 1, 3, 2] })).toBeNull();
    expect(themeWarning({ current: 6, previous: [4, 4, 4, 4] })).toBeNull();
    expect(themeWarning({ current: 7, previous: [4, 4, 4, 4] })).toEqual({ current: 7, previous: [4, 4, 4, 4], mean: 4, above: 6 });
    expect(themeWarning({ current: 4, previous: [0, 0, 0, 0] })).toBeNull();
    expect(themeWarning({ current: 5, previous: [0, 0, 0, 0] })).toEqual({ current: 5, previous: [0, 0, 0, 0], mean: 0, above: 0 });
  });

  it('names quarters of the reporting year by their first day', () => {
    expect(['2026-04-01', '2026-06-30', '2026-07-01', '2026-12-31', '2027-02-28'].map(quarterStart)).toEqual([
      '2026-04-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
      '2027-01-01',
    ]);
    expect([0, 1, 2, 3, 4].map((n) => quarterBefore('2026-04-01', n))).toEqual(['2026-04-01', '2026-01-01', '2025-10-01', '2025-07-01', '2025-04-01']);
  });

  it('lists only rising themes, furthest above their bar first', () => {
    const rising = risingThemes([
      { unit: 'a', theme: 'SAFETY', current: 7, previous: [4, 4, 4, 4] },
      { unit: 'b', theme: 'HEALTH', current: 9, previous: [0, 0, 0, 0] },
      { unit: 'c', theme: 'OTHER', current: 2, previous: [0, 0, 0, 0] },
    ]);
    expect(rising.map((r) => [r.unit, r.current, r.above])).toEqual([
      ['b', 9, 0],
      ['a', 7, 6],
    ]);
  });
});
