const REFRESH_LEAD_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 10_000;
/** The longest delay setTimeout honours (2^31 - 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Refresh a minute before expiry, or at 80% of the token's life when it is short-lived. Never
 * sooner than MIN_REFRESH_DELAY_MS: a device clock running ahead of the server's would otherwise
 * make every new token look expired already and refresh in a tight loop.
 */
export function refreshDelay(expiresAt: number, now: number): number {
  const lifetime = expiresAt - now;
  const lead = Math.min(REFRESH_LEAD_MS, lifetime * 0.2);
  return Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_DELAY_MS, lifetime - lead));
}
