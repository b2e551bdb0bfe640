import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { queryPrepared } from '../../database/prepared-query';
import { sqlRows, sqlRun } from '../../database/sql';
import { unauthenticated } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { PUB_SUB, type HeardPubSub } from '../../graphql/pubsub';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import {
  SESSION_ENDED,
  SESSION_STATE_COLUMNS,
  type SessionEndReason,
  type SessionEndedEvent,
  type SessionState,
  type SessionVerdict,
  sessionVerdict,
} from './session-end';
import { SessionEntity } from './session.entity';
import { TokensService } from './tokens.service';

/** Only write last_activity_at when it is older than this, to avoid a write per request. */
const ACTIVITY_WRITE_INTERVAL_MS = 30_000;

/** What authenticating a request needs of the session and its user, read in one statement. */
interface SessionRow extends SessionState {
  id: string;
  userId: string;
}

export interface IssuedSession {
  session: SessionEntity;
  refreshToken: string;
}

export interface EndedSession {
  id: string;
  userId: string;
}

/** Which sessions to end: one, or every open session of a user. */
export type SessionSelector = { sessionId: string } | { userId: string };

const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.';

/** Audit meta for a session end Heard noticed itself (a socket's check), not one a request asked for. */
export function systemMeta(operation: string): RequestMeta {
  return { requestId: randomUUID(), clientAddress: null, operation };
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  /** A new session, bound to what the user is allowed now (role, LA, provider). */
  async create(manager: EntityManager, userId: string, clientAddress: string | null): Promise<IssuedSession> {
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    const id = randomUUID();
    const refreshNonce = this.tokens.newRefreshNonce();
    const refreshToken = this.tokens.refreshTokenFor(id, refreshNonce);
    const session = manager.create(SessionEntity, {
      id,
      userId,
      refreshTokenHash: this.tokens.hashRefreshToken(refreshToken),
      refreshNonce,
      previousRefreshTokenHash: null,
      refreshedAt: null,
      lastActivityAt: this.clock.now(),
      revokedAt: null,
      endReason: null,
      clientAddress,
      role: user.role,
      localAuthorityId: user.localAuthorityId,
      advocacyProviderId: user.advocacyProviderId,
    });
    return { session: await manager.save(session), refreshToken };
  }

  verdict(state: SessionState, now: Date): SessionVerdict {
    return sessionVerdict(state, now, this.idleMs);
  }

  /** What a refused request is told when its session is over. */
  endedMessage(reason: SessionEndReason | null): string {
    return reason === 'IDLE' ? `Your session expired after ${this.config.sessionIdleMinutes} minutes without activity. Sign in again.` : SESSION_ENDED_MESSAGE;
  }

  /** Verifies an access token and its session; refuses (and ends) revoked, idle, locked, disabled or changed ones. */
  async authenticate(accessToken: string, meta?: RequestMeta): Promise<Caller> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    if (claims === undefined) throw unauthenticated('Your sign-in has expired or is not valid. Sign in again.');
    const [session] = await queryPrepared<SessionRow>(
      this.dataSource.manager,
      `SELECT s.id, u.id AS "userId", ${SESSION_STATE_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [claims.sid],
    );
    if (session === undefined) throw unauthenticated(SESSION_ENDED_MESSAGE);
    const now = this.clock.now();
    const verdict = this.verdict(session, now);
    if (!verdict.live) {
      if (!verdict.alreadyEnded && verdict.reason !== null) {
        await this.end({ sessionId: session.id }, verdict.reason, meta ?? systemMeta('authenticate'));
      }
      throw unauthenticated(this.endedMessage(verdict.reason));
    }
    if (now.getTime() - session.lastActivityAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
      await sqlRun(this.dataSource, `UPDATE sessions SET last_activity_at = $2 WHERE id = $1`, [session.id, now]);
    }
    return {
      userId: session.userId,
      role: session.role,
      sessionId: session.id,
      localAuthorityId: session.localAuthorityId,
      advocacyProviderId: session.advocacyProviderId,
    };
  }

  /**
   * Ends open sessions in the caller's transaction: marks them revoked with the reason and audits each
   * (who: the session's user; why: `details.reason`). Returns what it ended, for `announce` after commit;
   * a session that had already ended is left alone, so racing enders audit it once.
   */
  async endIn(manager: EntityManager, selector: SessionSelector, reason: SessionEndReason, meta: RequestMeta): Promise<EndedSession[]> {
    const [column, value] = 'sessionId' in selector ? ['id', selector.sessionId] : ['user_id', selector.userId];
    const rows = await sqlRows<EndedSession & { role: SessionEntity['role'] }>(
      manager,
      `UPDATE sessions SET revoked_at = $2, end_reason = $3 WHERE ${column} = $1 AND revoked_at IS NULL RETURNING id, user_id AS "userId", role`,
      [value, this.clock.now(), reason],
    );
    for (const row of rows) {
      await this.audit.record(manager, {
        actor: { userId: row.userId, role: row.role },
        action: 'auth.session_ended',
        entity: 'session',
        entityId: row.id,
        meta,
        details: { reason },
      });
    }
    return rows.map(({ id, userId }) => ({ id, userId }));
  }

  /** Revokes every open session of these users at `at`, unaudited (the caller audits why); returns how many it ended. */
  async revokeAllOf(manager: EntityManager, userIds: readonly string[], at: Date, reason: SessionEndReason): Promise<number> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `UPDATE sessions s SET revoked_at = $2, end_reason = $3 WHERE s.user_id = ANY($1::uuid[]) AND s.revoked_at IS NULL RETURNING s.id`,
      [userIds, at, reason],
    );
    return rows.length;
  }

  /** Tells every API process (through the PubSub) to close the sockets of sessions that have ended. */
  async announce(ended: readonly EndedSession[], reason: SessionEndReason): Promise<void> {
    if (ended.length === 0) return;
    const event: SessionEndedEvent = { sessionIds: ended.map((s) => s.id), reason };
    await this.pubSub.publish(SESSION_ENDED, event);
  }

  /** Ends sessions in a transaction of its own, then announces it. */
  async end(selector: SessionSelector, reason: SessionEndReason, meta: RequestMeta): Promise<EndedSession[]> {
    const ended = await this.dataSource.transaction((manager) => this.endIn(manager, selector, reason, meta));
    await this.announce(ended, reason);
    return ended;
  }

  /**
   * Re-checks sessions against the database now (for open sockets): ends, audits and announces any
   * that should no longer be live, and returns each one's verdict (missing ones count as ended).
   */
  async recheck(sessionIds: readonly string[], meta: RequestMeta): Promise<Map<string, SessionVerdict>> {
    const verdicts = new Map<string, SessionVerdict>();
    if (sessionIds.length === 0) return verdicts;
    const rows = await sqlRows<SessionRow>(
      this.dataSource,
      `SELECT s.id, u.id AS "userId", ${SESSION_STATE_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ANY($1::uuid[])`,
      [[...new Set(sessionIds)]],
    );
    const now = this.clock.now();
    for (const id of sessionIds) verdicts.set(id, { live: false, alreadyEnded: true, reason: null });
    for (const row of rows) {
      const verdict = this.verdict(row, now);
      verdicts.set(row.id, verdict);
      if (!verdict.live && !verdict.alreadyEnded && verdict.reason !== null) await this.end({ sessionId: row.id }, verdict.reason, meta);
    }
    return verdicts;
  }
}
