import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { DomainException } from '../../common/exceptions/domain.exception';

const WINDOW_MS = 60_000;

/**
 * Limits sign-in attempts per client address in a sliding one-minute window. Account lockout
 * (per user, in the database) covers attacks spread over many addresses.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(clientAddress: string | null, now: number = Date.now()): void {
    const key = clientAddress ?? 'unknown';
    const recent = (this.attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= this.config.loginRateLimitPerMinute) {
      this.attempts.set(key, recent);
      throw new DomainException('RATE_LIMITED', 'Too many sign-in attempts from this address. Wait a minute, then try again.');
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.attempts.delete(key);
    }
  }
}
