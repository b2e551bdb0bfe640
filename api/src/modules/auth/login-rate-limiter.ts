import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { DomainException } from '../../common/exceptions/domain.exception';
import { SlidingWindowLimiter } from '../../common/rate-limit/sliding-window-limiter';

const WINDOW_MS = 60_000;

/**
 * Limits sign-in attempts per client address in a sliding one-minute window. Account lockout
 * (per user, in the database) covers attacks spread over many addresses.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new SlidingWindowLimiter(WINDOW_MS);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(clientAddress: string | null, now: number = Date.now()): void {
    const waitMs = this.attempts.attempt([{ key: clientAddress ?? 'unknown', limit: this.config.loginRateLimitPerMinute }], now);
    if (waitMs !== null)
      throw new DomainException('RATE_LIMITED', 'Too many sign-in attempts from this address. Wait a minute, then try again.', {
        retryAfterSeconds: Math.ceil(waitMs / 1000),
      });
  }
}
