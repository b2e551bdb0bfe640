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
    const recent = limits.map(({ key }) => (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs));
    const allowed = limits.every(({ limit }, i) => (recent[i] ?? []).length < limit);
    limits.forEach(({ key }, i) => this.events.set(key, allowed ? [...(recent[i] ?? []), now] : (recent[i] ?? [])));
    if (this.events.size > 10_000) this.prune(now);
    return allowed;
  }

  private prune(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((at) => now - at >= this.windowMs)) this.events.delete(key);
    }
  }
}
