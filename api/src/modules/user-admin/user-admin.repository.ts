import { Injectable } from '@nestjs/common';
import type { Role, UserStatus } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlAffected, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import type { AccountLinkPurpose } from './account-link.entity';

/** One account as the users list reads it (users with their organisation and latest session). */
export interface ManagedUserRow {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  status: UserStatus;
  localAuthorityId: string | null;
  localAuthorityName: string | null;
  advocacyProviderId: string | null;
  advocacyProviderName: string | null;
  lastSignInAt: Date | null;
  lockedUntil: Date | null;
}

export interface UserListQuery {
  role: Role | null;
  status: UserStatus | null;
  organisationId: string | null;
  userId: string | null;
  offset: number;
  limit: number;
  now: Date;
}

/** A password link found by its token's hash, with its account. */
export interface AccountLinkRow {
  id: string;
  userId: string;
  purpose: AccountLinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  email: string;
  role: Role;
  active: boolean;
}

/**
 * The status, as `userStatus` in libs/domain decides it, in SQL so the list can be filtered by it: deactivated, then
 * locked while the lock lasts ($1 is now), then invited until a password is set. The integration tests check both agree.
 */
const STATUS = `CASE WHEN NOT u.active THEN 'DEACTIVATED' WHEN u.locked_until IS NOT NULL AND u.locked_until > $1 THEN 'LOCKED'
                     WHEN NOT u.has_password THEN 'INVITED' ELSE 'ACTIVE' END`;

/**
 * Owns: account_links (single-use password links). Reads users, local_authorities, advocacy_providers and sessions for the
 * administrators' list of users; users themselves are changed through UsersRepository.
 */
@Injectable()
export class UserAdminRepository {
  list(sql: Sql, query: UserListQuery): Promise<ManagedUserRow[]> {
    return sqlRows<ManagedUserRow>(
      sql,
      `SELECT * FROM (
         SELECT u.id, u.display_name AS "displayName", u.email, u.role, ${STATUS} AS status,
                u.local_authority_id AS "localAuthorityId", la.name AS "localAuthorityName",
                u.advocacy_provider_id AS "advocacyProviderId", p.name AS "advocacyProviderName",
                (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id) AS "lastSignInAt",
                u.locked_until AS "lockedUntil"
           FROM users u
           LEFT JOIN local_authorities la ON la.id = u.local_authority_id
           LEFT JOIN advocacy_providers p ON p.id = u.advocacy_provider_id
          WHERE ($2::text IS NULL OR u.role = $2)
            AND ($3::uuid IS NULL OR u.local_authority_id = $3 OR u.advocacy_provider_id = $3)
            AND ($4::uuid IS NULL OR u.id = $4)
       ) listed
       WHERE ($5::text IS NULL OR listed.status = $5)
       ORDER BY listed."displayName" COLLATE "C", listed.id
       LIMIT $6 OFFSET $7`,
      [query.now, query.role, query.organisationId, query.userId, query.status, query.limit, query.offset],
    );
  }

  /** How many users the filter matches, over all pages. */
  async count(sql: Sql, query: Omit<UserListQuery, 'offset' | 'limit' | 'userId'>): Promise<number> {
    const row = await sqlRow<{ n: number }>(
      sql,
      `SELECT count(*)::int AS n FROM users u
        WHERE ($2::text IS NULL OR u.role = $2)
          AND ($3::uuid IS NULL OR u.local_authority_id = $3 OR u.advocacy_provider_id = $3)
          AND ($4::text IS NULL OR (${STATUS}) = $4)`,
      [query.now, query.role, query.organisationId, query.status],
    );
    return row?.n ?? 0;
  }

  localAuthorities(sql: Sql): Promise<Array<{ id: string; name: string }>> {
    return sqlRows(sql, `SELECT id, name FROM local_authorities ORDER BY name COLLATE "C", id`);
  }

  advocacyProviders(sql: Sql): Promise<Array<{ id: string; name: string }>> {
    return sqlRows(sql, `SELECT id, name FROM advocacy_providers ORDER BY name COLLATE "C", id`);
  }

  async localAuthorityExists(sql: Sql, id: string): Promise<boolean> {
    return (await sqlRow<{ id: string }>(sql, `SELECT id FROM local_authorities WHERE id = $1`, [id])) !== undefined;
  }

  async advocacyProviderExists(sql: Sql, id: string): Promise<boolean> {
    return (await sqlRow<{ id: string }>(sql, `SELECT id FROM advocacy_providers WHERE id = $1`, [id])) !== undefined;
  }

  async emailTaken(sql: Sql, email: string): Promise<boolean> {
    return (await sqlRow<{ id: string }>(sql, `SELECT id FROM users WHERE email = $1`, [email])) !== undefined;
  }

  /** A new link for the user; every earlier link of theirs that still worked stops working. */
  async issueLink(
    manager: EntityManager,
    link: { userId: string; purpose: AccountLinkPurpose; tokenHash: string; createdBy: string; now: Date; expiresAt: Date },
  ): Promise<void> {
    await this.revokeLinksOf(manager, link.userId, link.now);
    await sqlRun(manager, `INSERT INTO account_links (user_id, purpose, token_hash, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      link.userId,
      link.purpose,
      link.tokenHash,
      link.createdBy,
      link.now,
      link.expiresAt,
    ]);
  }

  async revokeLinksOf(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await sqlRun(manager, `UPDATE account_links SET revoked_at = $2 WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [userId, now]);
  }

  async findLink(sql: Sql, tokenHash: string): Promise<AccountLinkRow | null> {
    const row = await sqlRow<AccountLinkRow>(
      sql,
      `SELECT l.id, l.user_id AS "userId", l.purpose, l.expires_at AS "expiresAt", l.used_at AS "usedAt", l.revoked_at AS "revokedAt",
              u.email, u.role, u.active
         FROM account_links l JOIN users u ON u.id = l.user_id WHERE l.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Uses the link if it still works at `now`: exactly one of several requests racing with the same link gets true. */
  async useLink(manager: EntityManager, linkId: string, now: Date): Promise<boolean> {
    const used = await sqlAffected(
      manager,
      `UPDATE account_links SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2`,
      [linkId, now],
    );
    return used === 1;
  }
}
