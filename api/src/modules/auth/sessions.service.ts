import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { unauthenticated } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';
import { TokensService } from './tokens.service';

/** Only write last_activity_at when it is older than this, to avoid a write per request. */
const ACTIVITY_WRITE_INTERVAL_MS = 30_000;

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

  isIdleExpired(session: SessionEntity, now: Date): boolean {
    return now.getTime() - session.lastActivityAt.getTime() > this.idleMs;
  }

  /** Verifies an access token and its session; refuses revoked, idle-expired or disabled ones. */
  async authenticate(accessToken: string): Promise<Caller> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    if (claims === undefined) throw unauthenticated('Your sign-in has expired or is not valid. Sign in again.');
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { id: claims.sid },
      relations: { user: true },
    });
    const user: UserEntity | undefined = session?.user;
    if (session === null || user === undefined || session.revokedAt !== null || !user.active) {
      throw unauthenticated('Your session has ended. Sign in again.');
    }
    const now = this.clock.now();
    if (this.isIdleExpired(session, now)) {
      await this.dataSource.getRepository(SessionEntity).update({ id: session.id }, { revokedAt: now });
      throw unauthenticated(
        `Your session expired after ${this.config.sessionIdleMinutes} minutes without activity. Sign in again.`,
      );
    }
    if (now.getTime() - session.lastActivityAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
      await this.dataSource.getRepository(SessionEntity).update({ id: session.id }, { lastActivityAt: now });
    }
    return {
      userId: user.id,
      role: user.role,
      sessionId: session.id,
      localAuthorityId: user.localAuthorityId,
      advocacyProviderId: user.advocacyProviderId,
    };
  }
}
