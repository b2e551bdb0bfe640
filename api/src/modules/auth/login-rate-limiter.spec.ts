import type { AppConfig } from '../../config/env.schema';
import { LoginRateLimiter } from './login-rate-limiter';

describe('rate limit on login', () => {
  const limiter = () => new LoginRateLimiter({ loginRateLimitPerMinute: 3 } as AppConfig);

  it('allows the limit within a minute and refuses the next attempt with RATE_LIMITED', () => {
    const rateLimiter = limiter();
    for (const at of [0, 1_000, 2_000]) expect(() => rateLimiter.check('10.0.0.1', at)).not.toThrow();
    expect(() => rateLimiter.check('10.0.0.1', 3_000)).toThrow(
      expect.objectContaining({
        code: 'RATE_LIMITED',
        message: 'Too many sign-in attempts from this address. Wait a minute, then try again.',
        // The attempt at 0 leaves the window at 60s: 57 seconds from 3s, the HTTP 429's Retry-After.
        details: { retryAfterSeconds: 57 },
      }),
    );
  });

  it('counts each client address separately', () => {
    const rateLimiter = limiter();
    for (const at of [0, 1, 2]) rateLimiter.check('10.0.0.1', at);
    expect(() => rateLimiter.check('10.0.0.2', 3)).not.toThrow();
  });

  it('lets attempts through again once the oldest leaves the one-minute window', () => {
    const rateLimiter = limiter();
    for (const at of [0, 10_000, 20_000]) rateLimiter.check('10.0.0.1', at);
    expect(() => rateLimiter.check('10.0.0.1', 59_999)).toThrow();
    expect(() => rateLimiter.check('10.0.0.1', 60_001)).not.toThrow();
  });
});
