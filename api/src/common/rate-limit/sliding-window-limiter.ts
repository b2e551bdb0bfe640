/**
 * Sliding-window counters kept in memory, one per key: at most `limit` events per key in any `windowMs`. An event is
 * counted against all its keys or, when any of them is at its limit, against none (a refused attempt is not counted).
 * Keys whose events have all left the window are dropped once there are many, so memory stays bounded.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  /** Whether one more event is allowed under every key's limit at `now`; if it is, it is counted. */
  allow(limits: ReadonlyArray<{ readonly key: string; readonly limit: number }>, now: number): boolean {
    return this.attempt(limits, now) === null;
  }

  /**
   * As `allow`, but says how long a refused event must wait: null when it is allowed (and counted), otherwise the
   * milliseconds until enough of every full key's events have left the window (what `Retry-After` reports).
   */
  attempt(limits: ReadonlyArray<{ readonly key: string; readonly limit: number }>, now: number): number | null {
    const recent = limits.map(({ key }) => (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs));
    const allowed = limits.every(({ limit }, i) => (recent[i] ?? []).length < limit);
    limits.forEach(({ key }, i) => this.events.set(key, allowed ? [...(recent[i] ?? []), now] : (recent[i] ?? [])));
    if (this.events.size > 10_000) this.prune(now);
    if (allowed) return null;
    // Events are kept oldest first: the key can take one more once its (count - limit)th event has left the window.
    const waits = limits.map(({ limit }, i) => {
      const times = recent[i] ?? [];
      const leaving = times[times.length - limit];
      return times.length < limit || leaving === undefined ? 0 : leaving + this.windowMs - now;
    });
    return Math.max(1, ...waits);
  }

  private prune(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((at) => now - at >= this.windowMs)) this.events.delete(key);
    }
  }
}
