import { Injectable } from '@nestjs/common';
import {
  accountLinkExpiry,
  ACCOUNT_LINK_DAYS,
  allowedUserAccountCommands,
  type FieldProblem,
  normaliseDisplayName,
  normaliseEmail,
  organisationProblem,
  passwordProblem,
  ROLE_LABELS,
  type RoleAndOrganisation,
  type UserAccountCommand,
  userAccountRefusal,
  userStatus,
} from '@heard/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AdvocatesRepository } from '../advocates/advocates.repository';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { type EndedSession, SessionsService } from '../auth/sessions.service';
import type { SessionEndReason } from '../auth/session-end';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { UNUSABLE_PASSWORD_HASH, UsersRepository } from '../users/users.repository';
import type { AccountLinkPurpose } from './account-link.entity';
import type {
  ChangeUserRoleInput,
  InviteUserInput,
  ManagedUserPageType,
  ManagedUserType,
  UserAdminOrganisationsType,
  UsersFilterInput,
} from './dto/user-admin.types';
import { type ManagedUserRow, UserAdminRepository } from './user-admin.repository';

/** Where a password link takes its user: the portal's "Set your password" page. */
export const SET_PASSWORD_PATH = '/set-password';

const NO_SUCH_USER = 'There is no user with that id.';
const LINK_NOT_VALID = 'This link is not valid. Ask your administrator to send you a new one.';

const badInput = (problem: FieldProblem): DomainException => new DomainException('BAD_USER_INPUT', problem.message, { field: problem.field });

/** Sessions a change ended, to announce once its transaction has committed. */
interface Changed {
  userId: string;
  ended: EndedSession[];
  reason: SessionEndReason | null;
}

/**
 * User administration (administrators only): the list of accounts, invitations, role changes, deactivation, unlocking and
 * forced password resets, and the public "set your password" step that follows an invitation or reset. Every change locks
 * the account's row first (so two administrators acting at once queue, and the second is refused CONFLICT when the first
 * already did it) and is one audit row naming the administrator, the account and what changed; never a password or token.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: UserAdminRepository,
    private readonly users: UsersRepository,
    private readonly advocates: AdvocatesRepository,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(caller: Caller, filter: UsersFilterInput): Promise<ManagedUserPageType> {
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 25;
    const query = { role: filter.role ?? null, status: filter.status ?? null, organisationId: filter.organisationId ?? null, now: this.clock.now() };
    const [rows, total] = await Promise.all([
      this.repository.list(this.dataSource, { ...query, userId: null, offset, limit }),
      this.repository.count(this.dataSource, query),
    ]);
    return { users: rows.map((row) => this.toManaged(row, caller)), total, offset, limit };
  }

  async one(caller: Caller, userId: string, sql: DataSource | EntityManager = this.dataSource): Promise<ManagedUserType> {
    const [row] = await this.repository.list(sql, { role: null, status: null, organisationId: null, userId, offset: 0, limit: 1, now: this.clock.now() });
    if (row === undefined) throw new DomainException('NOT_FOUND', NO_SUCH_USER, { field: 'userId' });
    return this.toManaged(row, caller);
  }

  async organisations(): Promise<UserAdminOrganisationsType> {
    const [localAuthorities, advocacyProviders] = await Promise.all([
      this.repository.localAuthorities(this.dataSource),
      this.repository.advocacyProviders(this.dataSource),
    ]);
    return { localAuthorities, advocacyProviders };
  }

  /** A new account without a usable password, and an email with a single-use link (7 days) to choose one. */
  async invite(caller: Caller, input: InviteUserInput, meta: RequestMeta): Promise<ManagedUserType> {
    const name = normaliseDisplayName(input.displayName);
    if ('field' in name) throw badInput(name);
    const email = normaliseEmail(input.email);
    if ('field' in email) throw badInput(email);
    const placed = { role: input.role, localAuthorityId: input.localAuthorityId ?? null, advocacyProviderId: input.advocacyProviderId ?? null };
    return inTransaction(this.dataSource, async (manager) => {
      await this.checkOrganisation(manager, placed);
      if (await this.repository.emailTaken(manager, email.email)) {
        throw new DomainException('CONFLICT', `There is already a user with the email ${email.email}.`, { field: 'email' });
      }
      const user = await this.users.create(manager, {
        email: email.email,
        displayName: name.displayName,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        hasPassword: false,
        ...placed,
      });
      const link = await this.issueLink(manager, user.id, 'INVITATION', caller);
      await this.notifications.emailOutsider(
        manager,
        email.email,
        'You have been invited to Heard',
        `Hello ${name.displayName},\n\nYou have been given an account on Heard, the advocacy service's case platform, as: ${ROLE_LABELS[input.role]}.\n\n` +
          `Choose your password here (the link works once, for ${ACCOUNT_LINK_DAYS} days): ${link}\n\nIf you were not expecting this, you can ignore this email.`,
      );
      await this.record(manager, caller, meta, 'user.invited', user.id, { role: input.role, ...this.organisationDetails(placed) });
      return this.one(caller, user.id, manager);
    });
  }

  async changeRole(caller: Caller, input: ChangeUserRoleInput, meta: RequestMeta): Promise<ManagedUserType> {
    const next: RoleAndOrganisation = {
      role: input.role,
      localAuthorityId: input.localAuthorityId ?? null,
      advocacyProviderId: input.advocacyProviderId ?? null,
    };
    return this.change(caller, input.userId, 'CHANGE_ROLE', async (manager, user) => {
      await this.checkOrganisation(manager, next);
      if (user.role === next.role && user.localAuthorityId === next.localAuthorityId && user.advocacyProviderId === next.advocacyProviderId) {
        throw new DomainException('CONFLICT', `${user.displayName} already has that role and organisation.`, { field: 'role' });
      }
      await this.followAdvocateRecord(manager, user, { active: next.role === 'ADVOCATE', advocacyProviderId: next.advocacyProviderId });
      await this.users.setRole(manager, user.id, next);
      const ended = await this.sessions.endIn(manager, { userId: user.id }, 'ROLE_CHANGED', meta);
      await this.record(manager, caller, meta, 'user.role_changed', user.id, {
        fromRole: user.role,
        toRole: next.role,
        ...this.organisationDetails(next),
      });
      return { userId: user.id, ended, reason: 'ROLE_CHANGED' };
    });
  }

  /** Ends every session of the account at once; an advocate still representing children is refused until they are reassigned. */
  async deactivate(caller: Caller, userId: string, meta: RequestMeta): Promise<ManagedUserType> {
    return this.change(caller, userId, 'DEACTIVATE', async (manager, user) => {
      await this.followAdvocateRecord(manager, user, { active: false, advocacyProviderId: null });
      await this.users.setActive(manager, user.id, false);
      await this.repository.revokeLinksOf(manager, user.id, this.clock.now());
      const ended = await this.sessions.endIn(manager, { userId: user.id }, 'ACCOUNT_DISABLED', meta);
      await this.record(manager, caller, meta, 'user.deactivated', user.id, { sessionsEnded: ended.length });
      return { userId: user.id, ended, reason: 'ACCOUNT_DISABLED' };
    });
  }

  async reactivate(caller: Caller, userId: string, meta: RequestMeta): Promise<ManagedUserType> {
    return this.change(caller, userId, 'REACTIVATE', async (manager, user) => {
      if (user.role === 'ADVOCATE') await this.advocates.followAccount(manager, user.id, { active: true, advocacyProviderId: null });
      await this.users.setActive(manager, user.id, true);
      await this.record(manager, caller, meta, 'user.reactivated', user.id, {});
      return { userId: user.id, ended: [], reason: null };
    });
  }

  /** Lifts a lockout at once: the run of failed sign-ins starts again from 0. */
  async unlock(caller: Caller, userId: string, meta: RequestMeta): Promise<ManagedUserType> {
    return this.change(caller, userId, 'UNLOCK', async (manager, user) => {
      await this.users.storeLockout(manager, user.id, 0, null);
      await this.record(manager, caller, meta, 'user.unlocked', user.id, { lockedUntil: user.lockedUntil?.toISOString() ?? null });
      return { userId: user.id, ended: [], reason: null };
    });
  }

  /** The password stops working, every session ends, and a single-use link to choose a new one is emailed. */
  async forcePasswordReset(caller: Caller, userId: string, meta: RequestMeta): Promise<ManagedUserType> {
    return this.change(caller, userId, 'FORCE_PASSWORD_RESET', async (manager, user) => {
      await this.users.invalidatePassword(manager, user.id);
      const link = await this.issueLink(manager, user.id, 'PASSWORD_RESET', caller);
      await this.notifications.emailOutsider(
        manager,
        user.email,
        'Choose a new password for Heard',
        `Hello ${user.displayName},\n\nAn administrator has reset your Heard password, and you have been signed out everywhere.\n\n` +
          `Choose a new password here (the link works once, for ${ACCOUNT_LINK_DAYS} days): ${link}\n\nIf you did not expect this, tell your administrator.`,
      );
      const ended = await this.sessions.endIn(manager, { userId: user.id }, 'PASSWORD_RESET', meta);
      await this.record(manager, caller, meta, 'user.password_reset_forced', user.id, { sessionsEnded: ended.length });
      return { userId: user.id, ended, reason: 'PASSWORD_RESET' };
    });
  }

  /** Public: the link's owner chooses a password. The link works once, before it expires; the account can then sign in. */
  async setPassword(token: string, password: string, meta: RequestMeta): Promise<void> {
    const tokenHash = hashToken(token);
    const link = await this.repository.findLink(this.dataSource, tokenHash);
    const now = this.clock.now();
    if (link === null || link.revokedAt !== null || !link.active) throw badInput({ field: 'token', message: LINK_NOT_VALID });
    if (link.usedAt !== null)
      throw badInput({ field: 'token', message: 'This link has already been used. Sign in with your password, or ask your administrator for a new link.' });
    if (link.expiresAt <= now) {
      throw badInput({
        field: 'token',
        message: `This link has expired: links work for ${ACCOUNT_LINK_DAYS} days. Ask your administrator to send you a new one.`,
      });
    }
    const problem = passwordProblem(password, link.email);
    if (problem !== null) throw badInput({ field: 'password', message: problem });
    const passwordHash = await this.passwords.hash(password);
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await this.repository.useLink(manager, link.id, this.clock.now()))) {
        throw badInput({ field: 'token', message: 'This link has already been used. Sign in with your password, or ask your administrator for a new link.' });
      }
      await this.users.setPassword(manager, link.userId, passwordHash);
      await this.repository.revokeLinksOf(manager, link.userId, this.clock.now());
      await this.audit.record(manager, {
        actor: { userId: link.userId, role: link.role },
        action: 'auth.password_set',
        entity: 'user',
        entityId: link.userId,
        meta,
        details: { link: link.purpose },
      });
    });
  }

  /** Locks the account, refuses what its state does not allow, makes the change, then announces any sessions it ended. */
  private async change(
    caller: Caller,
    userId: string,
    command: UserAccountCommand,
    work: (manager: EntityManager, user: UserEntity) => Promise<Changed>,
  ): Promise<ManagedUserType> {
    const { changed, managed } = await inTransaction(this.dataSource, async (manager) => {
      const user = await this.users.lockForChange(manager, userId);
      if (user === null) throw new DomainException('NOT_FOUND', NO_SUCH_USER, { field: 'userId' });
      const status = userStatus(user, this.clock.now());
      const refusal = userAccountRefusal({ status, isCaller: user.id === caller.userId }, command, user.displayName);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal, { field: 'userId' });
      const done = await work(manager, user);
      return { changed: done, managed: await this.one(caller, user.id, manager) };
    });
    if (changed.reason !== null) await this.sessions.announce(changed.ended, changed.reason);
    return managed;
  }

  /**
   * Keeps the user's advocate record in step with the account. An advocate still representing children keeps them: the
   * change is refused (nothing is written) until Allocation oversight has reassigned them ("The advocate has left").
   */
  private async followAdvocateRecord(manager: EntityManager, user: UserEntity, change: { active: boolean; advocacyProviderId: string | null }): Promise<void> {
    const before = await this.advocates.followAccount(manager, user.id, change);
    if (before === null || before.activeCaseload === 0) return;
    const movesAway = !change.active || (change.advocacyProviderId !== null && change.advocacyProviderId !== before.advocacyProviderId);
    if (!movesAway) return;
    const children = before.activeCaseload === 1 ? '1 child' : `${before.activeCaseload} children`;
    throw new DomainException(
      'CONFLICT',
      `${user.displayName} still advocates for ${children}. Reassign them in Allocation oversight (reason: the advocate has left) first.`,
      { field: 'userId' },
    );
  }

  private async checkOrganisation(manager: EntityManager, placed: RoleAndOrganisation): Promise<void> {
    const problem = organisationProblem(placed);
    if (problem !== null) throw badInput(problem);
    if (placed.localAuthorityId !== null && !(await this.repository.localAuthorityExists(manager, placed.localAuthorityId))) {
      throw badInput({ field: 'localAuthorityId', message: 'Select a local authority from the list.' });
    }
    if (placed.advocacyProviderId !== null && !(await this.repository.advocacyProviderExists(manager, placed.advocacyProviderId))) {
      throw badInput({ field: 'advocacyProviderId', message: 'Select an advocacy provider from the list.' });
    }
  }

  /** Stores a new link's hash (earlier links of the user stop working) and returns the address to email. */
  private async issueLink(manager: EntityManager, userId: string, purpose: AccountLinkPurpose, caller: Caller): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.repository.issueLink(manager, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      createdBy: caller.userId,
      now,
      expiresAt: accountLinkExpiry(now),
    });
    return `${SET_PASSWORD_PATH}?token=${token}`;
  }

  private organisationDetails(placed: RoleAndOrganisation): Record<string, string | null> {
    return { localAuthorityId: placed.localAuthorityId, advocacyProviderId: placed.advocacyProviderId };
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    meta: RequestMeta,
    action: string,
    userId: string,
    details: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action, entity: 'user', entityId: userId, meta, details });
  }

  private toManaged(row: ManagedUserRow, caller: Caller): ManagedUserType {
    return {
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      role: row.role,
      status: row.status,
      localAuthority: row.localAuthorityId === null ? null : { id: row.localAuthorityId, name: row.localAuthorityName ?? '' },
      advocacyProvider: row.advocacyProviderId === null ? null : { id: row.advocacyProviderId, name: row.advocacyProviderName ?? '' },
      lastSignInAt: row.lastSignInAt,
      lockedUntil: row.status === 'LOCKED' ? row.lockedUntil : null,
      allowedCommands: allowedUserAccountCommands({ status: row.status, isCaller: row.id === caller.userId }, caller.role),
    };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
