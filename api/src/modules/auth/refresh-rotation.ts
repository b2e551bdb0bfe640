import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/request/request-context';
import { sqlRow, sqlRun } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { SESSION_STATE_COLUMNS, type SessionEndReason, type SessionState } from './session-end';
import { type EndedSession, SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

/**
 * Presenting the refresh token that the session's last rotation replaced, within this long of that
 * rotation, is taken as a double-submit (two tabs, a retry, or a reload that aborted the refresh after the
 * server had rotated the token, so the browser kept the old cookie), not a replay: it gets a new access
 * token for the same session and the session's *current* refresh token as its cookie, so every racing
 * tab or reload converges on the one token the next refresh will accept.
 */
export const REFRESH_GRACE_MS = 10_000;

interface LockedSession extends SessionState {
  id: string;
  userId: string;
  refreshTokenHash: string;
  refreshNonce: string | null;
  previousRefreshTokenHash: string | null;
  refreshedAt: Date | null;
}

export type RotationOutcome =
  | { kind: 'rotated'; user: UserEntity; sessionId: string; refreshToken: string }
  /** refreshToken: the session's current one again; null for a session begun before tokens were derived (cookie left as it is). */
  | { kind: 'grace'; user: UserEntity; sessionId: string; refreshToken: string | null }
  | { kind: 'ended'; ended: EndedSession[]; reason: SessionEndReason | null };

const LOCKED_SESSION = `SELECT s.id, u.id AS "userId", s.refresh_token_hash AS "refreshTokenHash", s.refresh_nonce AS "refreshNonce",
  s.previous_refresh_token_hash AS "previousRefreshTokenHash", s.refreshed_at AS "refreshedAt",
  ${SESSION_STATE_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id`;

/**
 * Refresh-token rotation, in the caller's transaction. The session row is locked (FOR UPDATE), so two
 * refreshes with the same current token serialise: the first rotates; the second no longer finds the
 * token current (PostgreSQL re-checks the row once the first commits) and is judged as a previous one.
 * A rotated-away token presented again, other than within the grace above, is a replay: the whole
 * session ends (REFRESH_TOKEN_REUSED), so its newest refresh token, its access tokens and its sockets
 * stop working too.
 *
 * Giving the current token again needs it without storing it: each rotation draws a random nonce, stored on
 * the session, and the token is HMAC(server key, session id + nonce) (TokensService.refreshTokenFor); only
 * its SHA-256 hash is stored for the lookup. The database alone (nonce, hashes) yields no token, and the key
 * alone none either. A token re-derived that does not match the stored hash (the key changed, as when a
 * development server generated a new secret at start) is not sent: the cookie is left as it is.
 */
@Injectable()
export class RefreshRotation {
  constructor(
    private readonly sessions: SessionsService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async rotate(manager: EntityManager, presentedHash: string, meta: RequestMeta): Promise<RotationOutcome> {
    const now = this.clock.now();
    const current = await sqlRow<LockedSession>(manager, `${LOCKED_SESSION} WHERE s.refresh_token_hash = $1 FOR UPDATE OF s`, [presentedHash]);
    if (current !== undefined) {
      const ended = await this.endIfNotLive(manager, current, now, meta);
      if (ended !== null) return ended;
      const refreshNonce = this.tokens.newRefreshNonce();
      const refreshToken = this.tokens.refreshTokenFor(current.id, refreshNonce);
      await sqlRun(manager, `INSERT INTO used_refresh_tokens (token_hash, session_id, rotated_at) VALUES ($1, $2, $3)`, [presentedHash, current.id, now]);
      await sqlRun(
        manager,
        `UPDATE sessions SET refresh_token_hash = $2, refresh_nonce = $3, previous_refresh_token_hash = $4, refreshed_at = $5, last_activity_at = $5 WHERE id = $1`,
        [current.id, this.tokens.hashRefreshToken(refreshToken), refreshNonce, presentedHash, now],
      );
      await this.recordRefresh(manager, current, meta, false);
      return { kind: 'rotated', user: await manager.findOneByOrFail(UserEntity, { id: current.userId }), sessionId: current.id, refreshToken };
    }
    const used = await sqlRow<{ sessionId: string }>(manager, `SELECT session_id AS "sessionId" FROM used_refresh_tokens WHERE token_hash = $1`, [
      presentedHash,
    ]);
    if (used === undefined) return { kind: 'ended', ended: [], reason: null };
    const session = await sqlRow<LockedSession>(manager, `${LOCKED_SESSION} WHERE s.id = $1 FOR UPDATE OF s`, [used.sessionId]);
    if (session === undefined) return { kind: 'ended', ended: [], reason: null };
    const ended = await this.endIfNotLive(manager, session, now, meta);
    if (ended !== null) return ended;
    const doubleSubmit =
      session.previousRefreshTokenHash === presentedHash && session.refreshedAt !== null && now.getTime() - session.refreshedAt.getTime() <= REFRESH_GRACE_MS;
    if (doubleSubmit) {
      await this.recordRefresh(manager, session, meta, true);
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      return { kind: 'grace', user, sessionId: session.id, refreshToken: this.currentToken(session) };
    }
    const reason: SessionEndReason = 'REFRESH_TOKEN_REUSED';
    return { kind: 'ended', ended: await this.sessions.endIn(manager, { sessionId: session.id }, reason, meta), reason };
  }

  /** The session's current refresh token, re-derived; null when it cannot be (no nonce, or the key changed). */
  private currentToken(session: LockedSession): string | null {
    if (session.refreshNonce === null) return null;
    const token = this.tokens.refreshTokenFor(session.id, session.refreshNonce);
    return this.tokens.hashRefreshToken(token) === session.refreshTokenHash ? token : null;
  }

  private async endIfNotLive(manager: EntityManager, session: LockedSession, now: Date, meta: RequestMeta): Promise<RotationOutcome | null> {
    const verdict = this.sessions.verdict(session, now);
    if (verdict.live) return null;
    if (verdict.alreadyEnded || verdict.reason === null) return { kind: 'ended', ended: [], reason: verdict.reason };
    return { kind: 'ended', ended: await this.sessions.endIn(manager, { sessionId: session.id }, verdict.reason, meta), reason: verdict.reason };
  }

  private recordRefresh(manager: EntityManager, session: LockedSession, meta: RequestMeta, grace: boolean): Promise<void> {
    return this.audit.record(manager, {
      actor: { userId: session.userId, role: session.role },
      action: 'auth.refresh',
      entity: 'session',
      entityId: session.id,
      meta,
      ...(grace ? { details: { grace: true } } : {}),
    });
  }
}
