import { Injectable, signal } from '@angular/core';

export const HEALTH_ENDPOINT = '/health';
/** The first check of /health after an outage is noticed, doubled after each failed check up to MAX. */
const FIRST_CHECK_MS = 1_000;
const MAX_CHECK_MS = 10_000;
const CHECK_TIMEOUT_MS = 8_000;

/**
 * Whether Heard can be reached just now. The GraphQL client reports each answer: SERVICE_UNAVAILABLE
 * (the API cannot reach its database) or a network failure starts an outage, which polls /health with
 * backoff until the database is up again (or any request gets an ordinary answer) and then ends it.
 * Nothing here navigates or resets a page, so what people have typed stays where it is.
 */
@Injectable({ providedIn: 'root' })
export class ServiceStatus {
  private readonly outage = signal(false);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextCheckMs = FIRST_CHECK_MS;

  /** True from the first SERVICE_UNAVAILABLE or network failure until Heard answers again. */
  readonly unavailable = this.outage.asReadonly();

  reportUnavailable(): void {
    if (this.outage()) return;
    this.outage.set(true);
    this.nextCheckMs = FIRST_CHECK_MS;
    this.scheduleCheck();
  }

  reportAnswered(): void {
    if (!this.outage()) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.outage.set(false);
  }

  private scheduleCheck(): void {
    const delay = this.nextCheckMs;
    this.nextCheckMs = Math.min(MAX_CHECK_MS, this.nextCheckMs * 2);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  private async check(): Promise<void> {
    this.timer = null;
    if (!this.outage()) return;
    try {
      const response = await fetch(HEALTH_ENDPOINT, { cache: 'no-store', signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
      if (response.ok) {
        this.reportAnswered();
        return;
      }
    } catch {
      // Still unreachable: check again later.
    }
    if (this.outage() && this.timer === null) this.scheduleCheck();
  }
}
