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
    user: Pick<UserEntity, 'email' | 'displayName' | 'role' | 'passwordHash' | 'localAuthorityId' | 'advocacyProviderId'>,
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

  /** Moves an advocate's account to another provider (their sessions then end: ROLE_CHANGED). */
  async setAdvocacyProvider(manager: EntityManager, userId: string, advocacyProviderId: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { advocacyProviderId });
  }
}
