import { Inject, Injectable } from '@nestjs/common';
import { formatLondonTime, lockAfterWrongGuess, type LockoutPolicy, type LockoutState, reserveSignInAttempt, UNLOCKED } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, unauthenticated } from '../../common/exceptions/domain.exception';
import type { RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../users/users.repository';
import { UserEntity } from '../users/user.entity';
import { toUserType } from '../users/user.type';
import type { AuthPayloadType } from './auth.types';
import { DEMO_ACCOUNT_REFUSED, isDemoEmail } from './demo-accounts';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { RefreshRotation } from './refresh-rotation';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

export interface SignedIn {
  payload: AuthPayloadType;
  /** The session's current refresh token for the cookie (rotated, or given again to a double-submit); null: leave the cookie as it is. */
  refreshToken: string | null;
}

const BAD_CREDENTIALS = 'Email or password is incorrect.';

/** What may happen to a sign-in attempt before its password is checked. */
type LoginGate =
  { kind: 'NO_ACCOUNT'; userId: string | null } | { kind: 'DEMO' } | { kind: 'LOCKED'; lockedUntil: Date; justLocked?: { userId: string } } | CheckGate;

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
    private readonly rotation: RefreshRotation,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
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
      return lockedUntil === null ? { kind: 'WRONG' } : { kind: 'LOCKED', lockedUntil, justLocked: { userId: reserved.user.id } };
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
    if (gate.kind === 'LOCKED') {
      // The guess that locked the account also ends its sessions, on every process, after the lock committed.
      if (gate.justLocked !== undefined) await this.sessions.end({ userId: gate.justLocked.userId }, 'ACCOUNT_LOCKED', meta);
      throw this.lockedError(gate.lockedUntil);
    }
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
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction((manager) => this.rotation.rotate(manager, hash, meta));
    if (outcome.kind === 'ended') {
      // After commit: the session stays ended even though this request is refused.
      if (outcome.reason !== null) await this.sessions.announce(outcome.ended, outcome.reason);
      throw unauthenticated(this.sessions.endedMessage(outcome.reason));
    }
    if (this.refusesDemo(outcome.user.email)) {
      await this.sessions.end({ sessionId: outcome.sessionId }, 'ACCOUNT_DISABLED', meta);
      throw unauthenticated(DEMO_ACCOUNT_REFUSED);
    }
    return this.signedIn(outcome.user, outcome.sessionId, outcome.refreshToken, this.clock.now());
  }

  /** Ends the session named by the refresh cookie; returns its user, if there was one. */
  async logout(refreshToken: string | undefined, meta: RequestMeta): Promise<string | null> {
    if (refreshToken === undefined) return null;
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ refreshTokenHash: this.tokens.hashRefreshToken(refreshToken) });
    if (session === null) return null;
    const ended = await this.sessions.end({ sessionId: session.id }, 'SIGNED_OUT', meta);
    return ended[0]?.userId ?? null;
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
        actor: null,
        action: 'auth.login_refused_demo',
        outcome: 'REFUSED',
        entity: 'user',
        entityId: user?.id ?? null,
        meta,
        details: { reason: 'demo account in production' },
      });
      return { kind: 'DEMO' };
    }
    if (user === null || !user.active) return { kind: 'NO_ACCOUNT', userId: user?.id ?? null };
    const reserved = reserveSignInAttempt({ attempts: user.failedLoginCount, lockedUntil: user.lockedUntil }, this.clock.now(), this.lockout);
    if (reserved.next !== null) await this.store(manager, user.id, reserved.next);
    if (reserved.kind === 'LOCKED') {
      await this.audit.record(manager, {
        actor: null,
        action: 'auth.login_refused_locked',
        outcome: 'REFUSED',
        entity: 'user',
        entityId: user.id,
        meta,
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
    return this.signedIn(user, issued.session.id, issued.refreshToken, this.clock.now());
  }

  private async store(manager: EntityManager, userId: string, state: LockoutState): Promise<void> {
    await this.users.storeLockout(manager, userId, state.attempts, state.lockedUntil);
  }

  /** In production a demo account never signs in, whatever the database says about it. */
  private refusesDemo(email: string): boolean {
    return this.config.nodeEnv === 'production' && isDemoEmail(email);
  }

  private lockedError(until: Date): DomainException {
    const minutes = this.config.loginLockMinutes;
    return new DomainException(
      'ACCOUNT_LOCKED',
      `This account is locked for ${minutes} minutes after too many failed sign-in attempts. Try again after ${formatLondonTime(until)}.`,
    );
  }

  private signedIn(user: UserEntity, sessionId: string, refreshToken: string | null, now: Date): SignedIn {
    const { token, expiresAt } = this.tokens.signAccessToken({ sub: user.id, sid: sessionId, role: user.role }, now);
    return { payload: { accessToken: token, expiresAt, user: toUserType(user) }, refreshToken };
  }
}
