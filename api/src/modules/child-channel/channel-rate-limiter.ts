import { Injectable } from '@nestjs/common';
import { CHILD_CHANNEL_RATE_LIMIT, CHILD_CHANNEL_SLOW_DOWN } from '@heard/domain';
import { DomainException } from '../../common/exceptions/domain.exception';

/**
 * A sliding window like sign-in's (LoginRateLimiter): at most CHILD_CHANNEL_RATE_LIMIT's sends per secret link and
 * per client address in ten minutes. A refused send is not counted. Kept in memory, like sign-in's.
 */
@Injectable()
export class ChannelRateLimiter {
  private readonly sends = new Map<string, number[]>();

  check(linkId: string, clientAddress: string | null, now: number): void {
    const { perLink, perAddress, windowMs } = CHILD_CHANNEL_RATE_LIMIT;
    const keys = [`link:${linkId}`, `address:${clientAddress ?? 'unknown'}`];
    const limits = [perLink, perAddress];
    const recent = keys.map((key) => (this.sends.get(key) ?? []).filter((at) => now - at < windowMs));
    if (recent.some((times, i) => times.length >= (limits[i] ?? 0))) {
      keys.forEach((key, i) => this.sends.set(key, recent[i] ?? []));
      throw new DomainException('RATE_LIMITED', CHILD_CHANNEL_SLOW_DOWN);
    }
    keys.forEach((key, i) => this.sends.set(key, [...(recent[i] ?? []), now]));
    if (this.sends.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, times] of this.sends) {
      if (times.every((at) => now - at >= CHILD_CHANNEL_RATE_LIMIT.windowMs)) this.sends.delete(key);
    }
  }
}
