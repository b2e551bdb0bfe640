import { SlidingWindowLimiter } from './sliding-window-limiter';

describe('a sliding-window limit', () => {
  it('allows `limit` events per key in the window, then refuses until the oldest leaves it', () => {
    const limiter = new SlidingWindowLimiter(60_000);
    const a = [{ key: 'a', limit: 2 }];
    expect([limiter.allow(a, 0), limiter.allow(a, 10_000), limiter.allow(a, 20_000)]).toEqual([true, true, false]);
    expect(limiter.allow(a, 59_999)).toBe(false);
    expect(limiter.allow(a, 60_000)).toBe(true);
  });

  it('counts an event against all its keys or none, so a refused event uses up nothing', () => {
    const limiter = new SlidingWindowLimiter(60_000);
    expect(limiter.allow([{ key: 'link', limit: 1 }], 0)).toBe(true);
    // The link is full: the address is not charged for the refused send.
    expect(
      limiter.allow(
        [
          { key: 'link', limit: 1 },
          { key: 'address', limit: 1 },
        ],
        1,
      ),
    ).toBe(false);
    expect(limiter.allow([{ key: 'address', limit: 1 }], 2)).toBe(true);
    expect(limiter.allow([{ key: 'address', limit: 1 }], 3)).toBe(false);
  });
});

describe('how long a refused event must wait', () => {
  it('is null when allowed, else the time until enough events leave the window for every full key', () => {
    const limiter = new SlidingWindowLimiter(60_000);
    const a = [{ key: 'a', limit: 2 }];
    expect([limiter.attempt(a, 0), limiter.attempt(a, 10_000)]).toEqual([null, null]);
    // Full at 20s: the event at 0 leaves the window at 60s.
    expect(limiter.attempt(a, 20_000)).toBe(40_000);
    expect(limiter.attempt(a, 59_999)).toBe(1);
    expect(limiter.attempt(a, 60_000)).toBeNull();
    const both = [
      { key: 'a', limit: 2 },
      { key: 'b', limit: 5 },
    ];
    // 'a' holds events at 10s and 60s: the one at 10s leaves at 70s.
    expect(limiter.attempt(both, 65_000)).toBe(5_000);
  });
});
