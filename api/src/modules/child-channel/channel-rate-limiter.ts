import { Injectable } from '@nestjs/common';
import { CHILD_CHANNEL_RATE_LIMIT, CHILD_CHANNEL_SLOW_DOWN } from '@heard/domain';
import { DomainException } from '../../common/exceptions/domain.exception';
import { SlidingWindowLimiter } from '../../common/rate-limit/sliding-window-limiter';

/**
 * At most CHILD_CHANNEL_RATE_LIMIT's sends per secret link and per client address in its window, in memory like
 * sign-in's limit (the same sliding window). A refused send is not counted.
 */
@Injectable()
export class ChannelRateLimiter {
  private readonly sends = new SlidingWindowLimiter(CHILD_CHANNEL_RATE_LIMIT.windowMs);

  check(linkId: string, clientAddress: string | null, now: number): void {
    const { perLink, perAddress } = CHILD_CHANNEL_RATE_LIMIT;
    const limits = [
      { key: `link:${linkId}`, limit: perLink },
      { key: `address:${clientAddress ?? 'unknown'}`, limit: perAddress },
    ];
    if (!this.sends.allow(limits, now)) throw new DomainException('RATE_LIMITED', CHILD_CHANNEL_SLOW_DOWN);
  }
}
