import { Injectable, computed, signal } from '@angular/core';
import type { SessionUserFragment } from '@heard/graphql-types';

export interface Session {
  readonly accessToken: string;
  /** When the access token stops working, in epoch milliseconds. */
  readonly expiresAt: number;
  readonly user: SessionUserFragment;
}

/**
 * The signed-in session, held in memory only (never localStorage or a readable cookie). A reload
 * starts empty; SessionService.restore() gets a fresh access token from the httpOnly refresh cookie.
 * Kept apart from SessionService so the GraphQL client can read the token without a dependency cycle.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly current = signal<Session | null>(null);
  private readonly endedReason = signal<string | null>(null);

  readonly session = this.current.asReadonly();
  readonly user = computed(() => this.current()?.user ?? null);
  readonly accessToken = computed(() => this.current()?.accessToken ?? null);
  readonly expiresAt = computed(() => this.current()?.expiresAt ?? null);
  readonly isAuthenticated = computed(() => this.current() !== null);
  /** Why the last session ended without the user signing out, to explain it on the sign-in page. */
  readonly signedOutReason = this.endedReason.asReadonly();

  start(session: Session): void {
    this.current.set(session);
    this.endedReason.set(null);
  }

  /** Ends the session; `reason` is shown on the sign-in page when the user did not choose to leave. */
  end(reason: string | null = null): void {
    this.current.set(null);
    this.endedReason.set(reason);
  }
}
