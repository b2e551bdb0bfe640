import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import { UserEntity } from './user.entity';

/** An account the lockdown found, locked, and whether it was active until now. */
export interface DisabledAccountRow {
  id: string;
  email: string;
  wasActive: boolean;
}

/** The users table: accounts are created, locked out and disabled only here. */
@Injectable()
export class UsersRepository {
  create(
    manager: EntityManager,
    user: Pick<UserEntity, 'email' | 'displayName' | 'role' | 'passwordHash' | 'localAuthorityId' | 'advocacyProviderId'> &
      Partial<Pick<UserEntity, 'hasPassword'>>,
  ): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, user));
  }

  /** Stores the account's run of failed sign-ins and the end of its lock. */
  async storeLockout(manager: EntityManager, userId: string, failedLoginCount: number, lockedUntil: Date | null): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { failedLoginCount, lockedUntil });
  }

  /** Locks the accounts with these emails and disables the active ones; returns every one found, in email (C collation) order. */
  disableByEmail(manager: EntityManager, emails: readonly string[]): Promise<DisabledAccountRow[]> {
    return sqlRows<DisabledAccountRow>(
      manager,
      `WITH found AS (SELECT id, email, active FROM users WHERE email = ANY($1::text[]) FOR UPDATE),
            disabled AS (UPDATE users u SET active = false FROM found WHERE u.id = found.id AND found.active RETURNING u.id)
       SELECT found.id, found.email, found.active AS "wasActive" FROM found ORDER BY found.email COLLATE "C"`,
      [emails],
    );
  }

  /** The account, locked for a change until the transaction ends (so two administrators' changes queue, and the second sees the first). */
  lockForChange(manager: EntityManager, userId: string): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
  }

  async setRole(manager: EntityManager, userId: string, change: Pick<UserEntity, 'role' | 'localAuthorityId' | 'advocacyProviderId'>): Promise<void> {
    await manager.update(UserEntity, { id: userId }, change);
  }

  async setActive(manager: EntityManager, userId: string, active: boolean): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { active });
  }

  /** A new password: it works at once, and any run of failed sign-ins or lock is over. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { passwordHash, hasPassword: true, failedLoginCount: 0, lockedUntil: null });
  }

  /** The password stops working (a forced reset): `passwordHash` becomes something no password matches. */
  async invalidatePassword(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { passwordHash: UNUSABLE_PASSWORD_HASH, hasPassword: false });
  }

  /** Moves an advocate's account to another provider (their sessions then end: ROLE_CHANGED). */
  async setAdvocacyProvider(manager: EntityManager, userId: string, advocacyProviderId: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { advocacyProviderId });
  }
}

/** Not an argon2 hash, so no password ever verifies against it (an invited user's, or one whose reset is pending). */
export const UNUSABLE_PASSWORD_HASH = '!no-password';
