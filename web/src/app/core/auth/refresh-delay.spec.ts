import { refreshDelay } from './refresh-delay';

describe('the access token is refreshed shortly before it expires', () => {
  const now = 1_700_000_000_000;

  it.each([
    ['10 minutes: a minute before expiry', 600_000, 540_000],
    ['2 minutes: at 80% of its life', 120_000, 96_000],
    ['5 seconds: never sooner than 10 seconds', 5_000, 10_000],
    ['already expired (a clock ahead of the server): still 10 seconds', -60_000, 10_000],
    ['a year: no later than the longest timer', 365 * 86_400_000, 2_147_483_647],
  ])('a token living %s', (_what, lifetime, delay) => {
    expect(refreshDelay(now + lifetime, now)).toBe(delay);
  });
});
