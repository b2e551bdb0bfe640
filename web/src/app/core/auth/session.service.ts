import { Injectable, effect, inject } from '@angular/core';
import { Router } from '@angular/router';
import { LoginDocument, LogoutDocument, RefreshSessionDocument, type SessionUserFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../graphql/graphql.client';
import { isGraphqlRequestError } from '../graphql/graphql-request.error';
import { refreshDelay } from './refresh-delay';
import { SessionStore } from './session.store';

interface AuthPayload {
  readonly accessToken: string;
  readonly expiresAt: string;
  readonly user: SessionUserFragment;
}

const RETRY_AFTER_NETWORK_FAILURE_MS = 15_000;
const FALLBACK_LIFETIME_MS = 5 * 60_000;
const SESSION_ENDED = 'Your session has ended. Sign in again.';
const SOCKET_TOKEN_MARGIN_MS = 30_000;
/** For these calls UNAUTHENTICATED is an expected answer, not a reason to redirect. */
const AUTH_CALL = { endSessionOnUnauthenticated: false } as const;

/**
 * Signs people in and out and keeps the in-memory access token fresh: restore() on start-up swaps
 * the httpOnly refresh cookie for a new token, and a timer refreshes it shortly before it expires.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly graphql = inject(GraphqlClient);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private refreshing: Promise<void> | null = null;

  readonly user = this.store.user;
  readonly isAuthenticated = this.store.isAuthenticated;
  readonly signedOutReason = this.store.signedOutReason;

  constructor() {
    effect((onCleanup) => {
      const expiresAt = this.store.expiresAt();
      if (expiresAt === null) return;
      const timer = setTimeout(() => void this.refreshBeforeExpiry(), refreshDelay(expiresAt, Date.now()));
      onCleanup(() => clearTimeout(timer));
    });
  }

  /** Signs in; throws GraphqlRequestError (bad credentials, locked account, network) for the page to show. */
  async login(email: string, password: string): Promise<SessionUserFragment> {
    const { login } = await this.graphql.request(LoginDocument, { email, password }, AUTH_CALL);
    this.start(login);
    return login.user;
  }

  /** Restores the session after a reload from the refresh cookie. Never throws: failure means signed out. */
  async restore(): Promise<void> {
    try {
      await this.refresh();
    } catch {
      // No refresh cookie, or it has expired: the user is simply signed out.
    }
  }

  /**
   * An access token for a new live-updates socket: refreshed first when the one held expires within
   * SOCKET_TOKEN_MARGIN_MS (a socket is closed when its token expires). Null when signed out.
   */
  async socketToken(): Promise<string | null> {
    const session = this.store.session();
    if (session !== null && session.expiresAt - Date.now() < SOCKET_TOKEN_MARGIN_MS) {
      try {
        await this.refresh();
      } catch {
        // The refresh timer's own handling signs the user out if the session has really ended.
      }
    }
    return this.store.accessToken();
  }

  /** The server closed a live-updates socket because the session ended there: go to sign-in, saying so. */
  async endedByServer(): Promise<void> {
    if (this.store.session() === null) return;
    this.store.end(SESSION_ENDED);
    await this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
  }

  async logout(): Promise<void> {
    try {
      await this.graphql.request(LogoutDocument, {}, AUTH_CALL);
    } catch {
      // Leave anyway: the token is dropped here and the refresh token expires on the server.
    }
    this.store.end();
    await this.router.navigateByUrl('/login');
  }

  /** Swaps the refresh cookie for a new access token; concurrent callers share one request. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.graphql
      .request(RefreshSessionDocument, {}, AUTH_CALL)
      .then(({ refreshSession }) => this.start(refreshSession))
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private async refreshBeforeExpiry(): Promise<void> {
    const session = this.store.session();
    if (session === null) return;
    try {
      await this.refresh();
    } catch (error: unknown) {
      if (this.store.session() !== session) return; // signed out or replaced meanwhile
      // Heard unreachable (the network, or the API's database) says nothing about the session: try again.
      const networkOnly = isGraphqlRequestError(error) && (error.code === 'NETWORK_ERROR' || error.code === 'SERVICE_UNAVAILABLE');
      if (networkOnly && session.expiresAt - Date.now() > RETRY_AFTER_NETWORK_FAILURE_MS) {
        setTimeout(() => void this.refreshBeforeExpiry(), RETRY_AFTER_NETWORK_FAILURE_MS);
        return;
      }
      const reason = isGraphqlRequestError(error) && error.isUserFacing ? error.message : SESSION_ENDED;
      this.store.end(reason);
      await this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
    }
  }

  private start(payload: AuthPayload): void {
    const expiresAt = Date.parse(payload.expiresAt);
    this.store.start({
      accessToken: payload.accessToken,
      expiresAt: Number.isFinite(expiresAt) ? expiresAt : Date.now() + FALLBACK_LIFETIME_MS,
      user: payload.user,
    });
  }
}
