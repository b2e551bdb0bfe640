import { Injectable } from '@nestjs/common';
import { CHILD_CHANNEL_RATE_LIMIT, childChannelSlowDown, retryAfterMinutes } from '@heard/domain';
import { DomainException } from '../../common/exceptions/domain.exception';
import { SlidingWindowLimiter } from '../../common/rate-limit/sliding-window-limiter';

/**
 * At most CHILD_CHANNEL_RATE_LIMIT's sends per secret link and per client address in its window, in memory like
 * sign-in's limit (the same sliding window). A refused send is not counted.
 */
@Injectable()
export class ChannelRateLimiter {
  private readonly sends = new SlidingWindowLimiter(CHILD_CHANNEL_RATE_LIMIT.windowMs);

  /** Null when the send may go (and it is counted); otherwise the RATE_LIMITED refusal, saying how long to wait. */
  refusal(linkId: string, clientAddress: string | null, now: number): DomainException | null {
    const { perLink, perAddress } = CHILD_CHANNEL_RATE_LIMIT;
    const waitMs = this.sends.attempt(
      [
        { key: `link:${linkId}`, limit: perLink },
        { key: `address:${clientAddress ?? 'unknown'}`, limit: perAddress },
      ],
      now,
    );
    if (waitMs === null) return null;
    return new DomainException('RATE_LIMITED', childChannelSlowDown(retryAfterMinutes(waitMs)), { retryAfterSeconds: Math.ceil(waitMs / 1000) });
  }
}
