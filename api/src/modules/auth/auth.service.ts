import { Inject, Injectable } from '@nestjs/common';
import { lockAfterWrongGuess, type LockoutPolicy, type LockoutState, reserveSignInAttempt, UNLOCKED } from '@heard/domain';
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
import { DEMO_ACCOUNT_REFUSED, isDemoEmail } from './demo-accounts';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

export interface SignedIn {
  payload: AuthPayloadType;
  refreshToken: string;
}

const BAD_CREDENTIALS = 'Email or password is incorrect.';

/** What may happen to a sign-in attempt before its password is checked. */
type LoginGate =
  | { kind: 'NO_ACCOUNT'; userId: string | null }
  | { kind: 'DEMO' }
  | { kind: 'LOCKED'; lockedUntil: Date }
  | CheckGate;

/** The password may be checked: the guess holds place `attempt` of LOGIN_MAX_FAILURES. */
interface CheckGate {
  kind: 'CHECK';
  user: UserEntity;
  attempt: number;
  lastBeforeLock: boolean;
}

/** The last place before the lock, already checked under the row lock (when wrong, the gate is LOCKED). */
type LastPlaceChecked = { kind: 'SIGNED_IN'; signedIn: SignedIn } | { kind: 'WRONG' };

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get lockout(): LockoutPolicy {
    return { maxFailures: this.config.loginMaxFailures, lockMinutes: this.config.loginLockMinutes };
  }

  async login(emailInput: string, password: string, meta: RequestMeta): Promise<SignedIn> {
    this.rateLimiter.check(meta.clientAddress);
    const email = emailInput.trim().toLowerCase();
    if (email.length === 0 || password.length === 0) {
      throw new DomainException('BAD_USER_INPUT', 'Enter your email address and password.');
    }
    const gate = await this.dataSource.transaction(async (manager): Promise<LoginGate | LastPlaceChecked> => {
      const reserved = await this.reserveAttempt(manager, email, meta);
      // The last place before the lock is checked while the account's row stays locked: later attempts wait
      // (one argon2 check) for its outcome instead of being let through or refused while it is unknown.
      if (reserved.kind !== 'CHECK' || !reserved.lastBeforeLock) return reserved;
      if (await this.passwords.verify(reserved.user.passwordHash, password)) {
        return { kind: 'SIGNED_IN', signedIn: await this.finishSignIn(manager, reserved.user, meta) };
      }
      const lockedUntil = await this.recordFailure(manager, reserved, meta);
      return lockedUntil === null ? { kind: 'WRONG' } : { kind: 'LOCKED', lockedUntil };
    });
    if (gate.kind === 'NO_ACCOUNT') {
      await this.passwords.verifyAgainstNothing(password);
      await this.dataSource.transaction((m) =>
        this.audit.record(m, {
          actor: null,
          action: 'auth.login_failed',
          outcome: 'REFUSED',
          entity: 'user',
          entityId: gate.userId,
          meta,
          details: { reason: gate.userId === null ? 'unknown email' : 'account disabled' },
        }),
      );
      throw unauthenticated(BAD_CREDENTIALS);
    }
    if (gate.kind === 'DEMO') throw unauthenticated(DEMO_ACCOUNT_REFUSED);
    if (gate.kind === 'LOCKED') throw this.lockedError(gate.lockedUntil);
    if (gate.kind === 'SIGNED_IN') return gate.signedIn;
    if (gate.kind === 'WRONG') throw unauthenticated(BAD_CREDENTIALS);
    if (!(await this.passwords.verify(gate.user.passwordHash, password))) {
      await this.dataSource.transaction((manager) => this.recordFailure(manager, gate, meta));
      throw unauthenticated(BAD_CREDENTIALS);
    }
    return this.dataSource.transaction((manager) => this.finishSignIn(manager, gate.user, meta));
  }

  async refresh(refreshToken: string | undefined, meta: RequestMeta): Promise<SignedIn> {
    if (refreshToken === undefined) throw unauthenticated('You are not signed in.');
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(SessionEntity).findOne({
        where: { refreshTokenHash: this.tokens.hashRefreshToken(refreshToken) },
        relations: { user: true },
        lock: { mode: 'pessimistic_write', tables: ['sessions'] },
      });
      const now = this.clock.now();
      if (
        session === null ||
        session.user === undefined ||
        session.revokedAt !== null ||
        !session.user.active ||
        this.refusesDemo(session.user.email)
      ) {
        throw unauthenticated('Your session has ended. Sign in again.');
      }
      if (this.sessions.isIdleExpired(session, now)) {
        await manager.update(SessionEntity, { id: session.id }, { revokedAt: now });
        throw unauthenticated(
          `Your session expired after ${this.config.sessionIdleMinutes} minutes without activity. Sign in again.`,
        );
      }
      const rotated = this.tokens.newRefreshToken();
      await manager.update(
        SessionEntity,
        { id: session.id },
        { refreshTokenHash: this.tokens.hashRefreshToken(rotated), lastActivityAt: now },
      );
      await this.audit.record(manager, {
        actor: { userId: session.user.id, role: session.user.role },
        action: 'auth.refresh',
        entity: 'session',
        entityId: session.id,
        meta,
      });
      return this.signedIn(session.user, session, rotated, now);
    });
  }

  /** Ends the session named by the refresh cookie; returns its user, if there was one. */
  async logout(refreshToken: string | undefined, meta: RequestMeta): Promise<string | null> {
    if (refreshToken === undefined) return null;
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(SessionEntity).findOne({
        where: { refreshTokenHash: this.tokens.hashRefreshToken(refreshToken) },
        relations: { user: true },
      });
      if (session === null || session.user === undefined || session.revokedAt !== null) return null;
      await manager.update(SessionEntity, { id: session.id }, { revokedAt: this.clock.now() });
      await this.audit.record(manager, {
        actor: { userId: session.user.id, role: session.user.role },
        action: 'auth.logout',
        entity: 'session',
        entityId: session.id,
        meta,
      });
      return session.user.id;
    });
  }

  /**
   * Decides, under a row lock on the account, whether this guess may be checked against the hash, and
   * stores its place before the check: concurrent guesses queue on the lock for a few milliseconds each,
   * so each gets its own place and at most LOGIN_MAX_FAILURES are ever checked before the lock. Only the
   * last place is checked under the lock (see login). Refusals are audited here.
   */
  private async reserveAttempt(manager: EntityManager, email: string, meta: RequestMeta): Promise<LoginGate> {
    const user = await manager.getRepository(UserEntity).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
    if (this.refusesDemo(email)) {
      await this.audit.record(manager, {
        actor: null, action: 'auth.login_refused_demo', outcome: 'REFUSED', entity: 'user', entityId: user?.id ?? null, meta,
        details: { reason: 'demo account in production' },
      });
      return { kind: 'DEMO' };
    }
    if (user === null || !user.active) return { kind: 'NO_ACCOUNT', userId: user?.id ?? null };
    const reserved = reserveSignInAttempt({ attempts: user.failedLoginCount, lockedUntil: user.lockedUntil }, this.clock.now(), this.lockout);
    if (reserved.next !== null) await this.store(manager, user.id, reserved.next);
    if (reserved.kind === 'LOCKED') {
      await this.audit.record(manager, {
        actor: null, action: 'auth.login_refused_locked', outcome: 'REFUSED', entity: 'user', entityId: user.id, meta,
        details: { lockedUntil: reserved.lockedUntil.toISOString() },
      });
      return { kind: 'LOCKED', lockedUntil: reserved.lockedUntil };
    }
    return { kind: 'CHECK', user, attempt: reserved.attempt, lastBeforeLock: reserved.lastBeforeLock };
  }

  /** A checked guess was wrong: its place was counted when it was reserved; the last place's failure locks. Returns the lock's end. */
  private async recordFailure(manager: EntityManager, gate: CheckGate, meta: RequestMeta): Promise<Date | null> {
    const locked = lockAfterWrongGuess(gate.attempt, this.clock.now(), this.lockout);
    const lockedUntil = locked?.lockedUntil ?? null;
    if (locked !== null) await this.store(manager, gate.user.id, locked);
    await this.audit.record(manager, {
      actor: null,
      action: locked === null ? 'auth.login_failed' : 'auth.account_locked',
      outcome: 'REFUSED',
      entity: 'user',
      entityId: gate.user.id,
      meta,
      details: { failures: gate.attempt, ...(lockedUntil === null ? {} : { lockedUntil: lockedUntil.toISOString() }) },
    });
    return lockedUntil;
  }

  /** The right password: the run of failures and any lock end, and a session starts. */
  private async finishSignIn(manager: EntityManager, user: UserEntity, meta: RequestMeta): Promise<SignedIn> {
    await this.store(manager, user.id, UNLOCKED);
    const issued = await this.sessions.create(manager, user.id, meta.clientAddress);
    await this.audit.record(manager, {
      actor: { userId: user.id, role: user.role },
      action: 'auth.login',
      entity: 'session',
      entityId: issued.session.id,
      meta,
    });
    return this.signedIn(user, issued.session, issued.refreshToken, this.clock.now());
  }

  private async store(manager: EntityManager, userId: string, state: LockoutState): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { failedLoginCount: state.attempts, lockedUntil: state.lockedUntil });
  }

  /** In production a demo account never signs in, whatever the database says about it. */
  private refusesDemo(email: string): boolean {
    return this.config.nodeEnv === 'production' && isDemoEmail(email);
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

  private signedIn(user: UserEntity, session: SessionEntity, refreshToken: string, now: Date): SignedIn {
    const { token, expiresAt } = this.tokens.signAccessToken({ sub: user.id, sid: session.id, role: user.role }, now);
    return { payload: { accessToken: token, expiresAt, user: toUserType(user) }, refreshToken };
  }
}
