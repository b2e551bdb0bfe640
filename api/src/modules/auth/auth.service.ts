import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, unauthenticated } from '../../common/exceptions/domain.exception';
import type { RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { toUserType } from '../users/user.type';
import type { AuthPayloadType } from './auth.types';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { RefreshRotation } from './refresh-rotation';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

export interface SignedIn {
  payload: AuthPayloadType;
  /** The rotated refresh token for the cookie; null when the cookie is to be left as it is (a double-submitted refresh). */
  refreshToken: string | null;
}

const BAD_CREDENTIALS = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly rotation: RefreshRotation,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, meta: RequestMeta): Promise<SignedIn> {
    this.rateLimiter.check(meta.clientAddress);
    const email = emailInput.trim().toLowerCase();
    if (email.length === 0 || password.length === 0) {
      throw new DomainException('BAD_USER_INPUT', 'Enter your email address and password.');
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (user === null || !user.active) {
      await this.passwords.verifyAgainstNothing(password);
      await this.dataSource.transaction((m) =>
        this.audit.record(m, { actor: null, action: 'auth.login_failed', entity: 'user', entityId: null, meta }),
      );
      throw unauthenticated(BAD_CREDENTIALS);
    }
    const now = this.clock.now();
    if (user.lockedUntil !== null && user.lockedUntil > now) throw this.lockedError(user.lockedUntil);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      const lockedUntil = await this.recordFailure(user, meta, now);
      if (lockedUntil !== null) {
        await this.sessions.end({ userId: user.id }, 'ACCOUNT_LOCKED', meta);
        throw this.lockedError(lockedUntil);
      }
      throw unauthenticated(BAD_CREDENTIALS);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      const issued = await this.sessions.create(manager, user.id, meta.clientAddress);
      await this.audit.record(manager, {
        actor: { userId: user.id, role: user.role },
        action: 'auth.login',
        entity: 'session',
        entityId: issued.session.id,
        meta,
      });
      return this.signedIn(user, issued.session.id, issued.refreshToken, now);
    });
  }

  async refresh(refreshToken: string | undefined, meta: RequestMeta): Promise<SignedIn> {
    if (refreshToken === undefined) throw unauthenticated('You are not signed in.');
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction((manager) => this.rotation.rotate(manager, hash, meta));
    if (outcome.kind === 'ended') {
      // After commit: the session stays ended even though this request is refused.
      if (outcome.reason !== null) await this.sessions.announce(outcome.ended, outcome.reason);
      throw unauthenticated(this.sessions.endedMessage(outcome.reason));
    }
    return this.signedIn(outcome.user, outcome.sessionId, outcome.kind === 'rotated' ? outcome.refreshToken : null, this.clock.now());
  }

  /** Ends the session named by the refresh cookie; returns its user, if there was one. */
  async logout(refreshToken: string | undefined, meta: RequestMeta): Promise<string | null> {
    if (refreshToken === undefined) return null;
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ refreshTokenHash: this.tokens.hashRefreshToken(refreshToken) });
    if (session === null) return null;
    const ended = await this.sessions.end({ sessionId: session.id }, 'SIGNED_OUT', meta);
    return ended[0]?.userId ?? null;
  }

  private async recordFailure(user: UserEntity, meta: RequestMeta, now: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const row = await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ failedLoginCount: () => 'failed_login_count + 1' })
        .where('id = :id', { id: user.id })
        .returning(['failed_login_count'])
        .execute();
      const raw = row.raw as Array<{ failed_login_count: number }>;
      const failures = raw[0]?.failed_login_count ?? user.failedLoginCount + 1;
      let lockedUntil: Date | null = null;
      if (failures >= this.config.loginMaxFailures) {
        lockedUntil = new Date(now.getTime() + this.config.loginLockMinutes * 60_000);
        await manager.update(UserEntity, { id: user.id }, { lockedUntil, failedLoginCount: 0 });
      }
      await this.audit.record(manager, {
        actor: null,
        action: lockedUntil === null ? 'auth.login_failed' : 'auth.account_locked',
        entity: 'user',
        entityId: user.id,
        meta,
        details: { failures },
      });
      return lockedUntil;
    });
  }

  private lockedError(until: Date): DomainException {
    const minutes = this.config.loginLockMinutes;
    return new DomainException(
      'ACCOUNT_LOCKED',
      `This account is locked for ${minutes} minutes after too many failed sign-in attempts. Try again after ${until
        .toISOString()
        .slice(11, 16)} UTC.`,
    );
  }

  private signedIn(user: UserEntity, sessionId: string, refreshToken: string | null, now: Date): SignedIn {
    const { token, expiresAt } = this.tokens.signAccessToken({ sub: user.id, sid: sessionId, role: user.role }, now);
    return { payload: { accessToken: token, expiresAt, user: toUserType(user) }, refreshToken };
  }
}
