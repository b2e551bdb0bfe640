import { type Role, SOCKET_CLOSE } from '@heard/domain';

/** Why a session ended: written to `sessions.end_reason`, the audit row's `details.reason` and the socket's close reason. */
export const SESSION_END_REASONS = [
  'SIGNED_OUT',
  'IDLE',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'ROLE_CHANGED',
  'REFRESH_TOKEN_REUSED',
  'PASSWORD_RESET',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** graphql-ws close codes for subscriptions: see SOCKET_CLOSE in libs/domain (shared with the portal). */
export const CLOSE_SESSION_EXPIRED = SOCKET_CLOSE.SESSION_EXPIRED;
export const CLOSE_SESSION_ENDED = SOCKET_CLOSE.SESSION_ENDED;

const CLOSE_REASONS: Record<SessionEndReason, string> = {
  SIGNED_OUT: 'Session ended: signed out',
  IDLE: 'Session ended: idle',
  ACCOUNT_LOCKED: 'Session ended: account locked',
  ACCOUNT_DISABLED: 'Session ended: account disabled',
  ROLE_CHANGED: 'Session ended: role changed',
  REFRESH_TOKEN_REUSED: 'Session ended: refresh token reused',
  PASSWORD_RESET: 'Session ended: password reset',
};

export const SESSION_EXPIRED_CLOSE_REASON = 'Session expired';

export function closeReason(reason: SessionEndReason | null): string {
  return reason === null ? 'Session ended' : CLOSE_REASONS[reason];
}

/** Internal PubSub trigger (no GraphQL subscription): every process closes its own sockets of these sessions. */
export const SESSION_ENDED = 'heard.sessionEnded';

export interface SessionEndedEvent {
  sessionIds: string[];
  reason: SessionEndReason;
}

export function isSessionEndedEvent(value: unknown): value is SessionEndedEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { sessionIds, reason } = value as { sessionIds?: unknown; reason?: unknown };
  return Array.isArray(sessionIds) && sessionIds.every((id) => typeof id === 'string') && SESSION_END_REASONS.some((r) => r === reason);
}

/** A session and its user as they are now, with what the user was allowed when the session began. */
export interface SessionState {
  revokedAt: Date | null;
  endReason: SessionEndReason | null;
  lastActivityAt: Date;
  sessionRole: Role;
  sessionLocalAuthorityId: string | null;
  sessionAdvocacyProviderId: string | null;
  role: Role;
  localAuthorityId: string | null;
  advocacyProviderId: string | null;
  active: boolean;
  lockedUntil: Date | null;
}

/** The columns of a SessionState, for `FROM sessions s JOIN users u ON u.id = s.user_id`. */
export const SESSION_STATE_COLUMNS = `s.revoked_at AS "revokedAt", s.end_reason AS "endReason", s.last_activity_at AS "lastActivityAt",
  s.role AS "sessionRole", s.local_authority_id AS "sessionLocalAuthorityId", s.advocacy_provider_id AS "sessionAdvocacyProviderId",
  u.role, u.local_authority_id AS "localAuthorityId", u.advocacy_provider_id AS "advocacyProviderId", u.active, u.locked_until AS "lockedUntil"`;

export type SessionVerdict = { live: true } | { live: false; alreadyEnded: boolean; reason: SessionEndReason | null };

/** Whether a session may still be used at `now`, and if not, why. One rule for requests, refreshes, sockets and events. */
export function sessionVerdict(state: SessionState, now: Date, idleMs: number): SessionVerdict {
  if (state.revokedAt !== null) return { live: false, alreadyEnded: true, reason: state.endReason };
  const end = (reason: SessionEndReason): SessionVerdict => ({ live: false, alreadyEnded: false, reason });
  if (!state.active) return end('ACCOUNT_DISABLED');
  if (state.lockedUntil !== null && state.lockedUntil > now) return end('ACCOUNT_LOCKED');
  if (
    state.role !== state.sessionRole ||
    state.localAuthorityId !== state.sessionLocalAuthorityId ||
    state.advocacyProviderId !== state.sessionAdvocacyProviderId
  ) {
    return end('ROLE_CHANGED');
  }
  if (now.getTime() - state.lastActivityAt.getTime() > idleMs) return end('IDLE');
  return { live: true };
}
