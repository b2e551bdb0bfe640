import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { queryPrepared } from '../../database/prepared-query';
import { unauthenticated } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { SessionEntity } from './session.entity';
import { TokensService } from './tokens.service';

/** Only write last_activity_at when it is older than this, to avoid a write per request. */
const ACTIVITY_WRITE_INTERVAL_MS = 30_000;

/** What authenticating a request needs of the session and its user, read in one statement. */
interface SessionRow {
  id: string;
  lastActivityAt: Date;
  revokedAt: Date | null;
  userId: string;
  role: Caller['role'];
  active: boolean;
  localAuthorityId: string | null;
  advocacyProviderId: string | null;
}

export interface IssuedSession {
  session: SessionEntity;
  refreshToken: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  async create(manager: EntityManager, userId: string, clientAddress: string | null): Promise<IssuedSession> {
    const refreshToken = this.tokens.newRefreshToken();
    const session = manager.create(SessionEntity, {
      userId,
      refreshTokenHash: this.tokens.hashRefreshToken(refreshToken),
      lastActivityAt: this.clock.now(),
      revokedAt: null,
      clientAddress,
    });
    return { session: await manager.save(session), refreshToken };
  }

  isIdleExpired(session: Pick<SessionEntity, 'lastActivityAt'>, now: Date): boolean {
    return now.getTime() - session.lastActivityAt.getTime() > this.idleMs;
  }

  /** Verifies an access token and its session; refuses revoked, idle-expired or disabled ones. */
  async authenticate(accessToken: string): Promise<Caller> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    if (claims === undefined) throw unauthenticated('Your sign-in has expired or is not valid. Sign in again.');
    const [session] = await queryPrepared<SessionRow>(
      this.dataSource.manager,
      `SELECT s.id, s.last_activity_at AS "lastActivityAt", s.revoked_at AS "revokedAt", u.id AS "userId", u.role, u.active,
              u.local_authority_id AS "localAuthorityId", u.advocacy_provider_id AS "advocacyProviderId"
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [claims.sid],
    );
    if (session === undefined || session.revokedAt !== null || !session.active) {
      throw unauthenticated('Your session has ended. Sign in again.');
    }
    const now = this.clock.now();
    if (this.isIdleExpired(session, now)) {
      await this.dataSource.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1`, [session.id, now]);
      throw unauthenticated(
        `Your session expired after ${this.config.sessionIdleMinutes} minutes without activity. Sign in again.`,
      );
    }
    if (now.getTime() - session.lastActivityAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_activity_at = $2 WHERE id = $1`, [session.id, now]);
    }
    return {
      userId: session.userId,
      role: session.role,
      sessionId: session.id,
      localAuthorityId: session.localAuthorityId,
      advocacyProviderId: session.advocacyProviderId,
    };
  }
}
