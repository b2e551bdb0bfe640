import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlAffected, sqlRow, sqlRows } from '../../database/sql';
import type { AdvocacyProviderType } from './dto/create-advocate.input';
import { AdvocateEntity } from './advocate.entity';

/** An advocate as administrators see them. */
export interface AdvocateProfileRow {
  id: string;
  user_id: string;
  display_name: string;
  email: string;
  provider_id: string;
  provider_name: string;
  employer_id: string | null;
  employer_code: string | null;
  employer_name: string | null;
  languages: string[];
  caseload_cap: number;
  active_caseload: number;
  unavailable_until: string | null;
  version: number;
}

/** What an administrator's edit sets. */
export interface AdvocateProfileChange {
  advocacyProviderId: string;
  employingLocalAuthorityId: string | null;
  languages: string[];
  caseloadCap: number;
  unavailableUntil: string | null;
}

const PROFILE = `SELECT a.id, a.user_id, u.display_name, u.email, p.id AS provider_id, p.name AS provider_name,
        la.id AS employer_id, la.code AS employer_code, la.name AS employer_name, a.languages, a.caseload_cap, a.active_caseload,
        a.unavailable_until::text AS unavailable_until, a.version
   FROM advocates a JOIN users u ON u.id = a.user_id JOIN advocacy_providers p ON p.id = a.advocacy_provider_id
   LEFT JOIN local_authorities la ON la.id = a.employing_local_authority_id`;

interface ProviderRow {
  id: string;
  name: string;
  las: string[] | null;
  la_ids: string[] | null;
  advocates: number;
}

/** The advocates table: advocates join, and their caseload cap changes, only here. */
@Injectable()
export class AdvocatesRepository {
  create(
    manager: EntityManager,
    advocate: Omit<AdvocateEntity, 'id' | 'user' | 'provider' | 'employingLocalAuthority' | 'activeCaseload' | 'createdAt' | 'unavailableUntil' | 'version'>,
  ): Promise<AdvocateEntity> {
    return manager.save(manager.create(AdvocateEntity, advocate));
  }

  async setCaseloadCap(manager: EntityManager, advocateId: string, caseloadCap: number): Promise<void> {
    await manager.update(AdvocateEntity, { id: advocateId }, { caseloadCap });
  }

  /** The provider an advocate works for; undefined when there is no such advocate. */
  async providerOf(sql: Sql, advocateId: string): Promise<string | undefined> {
    const rows = await sqlRows<{ advocacy_provider_id: string }>(sql, `SELECT advocacy_provider_id FROM advocates WHERE id = $1`, [advocateId]);
    return rows[0]?.advocacy_provider_id;
  }

  /** Advocates (of one provider, or all), by provider and name. */
  profiles(sql: Sql, providerId: string | null): Promise<AdvocateProfileRow[]> {
    return sqlRows<AdvocateProfileRow>(sql, `${PROFILE} WHERE $1::uuid IS NULL OR a.advocacy_provider_id = $1 ORDER BY p.name, u.display_name, a.id`, [
      providerId,
    ]);
  }

  /** One advocate, its row locked for an edit when `lock` (so edits take turns); undefined when there is none. */
  profile(sql: Sql, advocateId: string, lock: boolean): Promise<AdvocateProfileRow | undefined> {
    return sqlRow<AdvocateProfileRow>(sql, `${PROFILE} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [advocateId]);
  }

  /** The advocate's current children per LA (LAs with none are left out). */
  childrenByLa(sql: Sql, advocateId: string): Promise<Array<{ la: string; la_name: string; children: number }>> {
    return sqlRows<{ la: string; la_name: string; children: number }>(
      sql,
      `SELECT c.local_authority_id AS la, la.name AS la_name, count(*)::int AS children
         FROM assignments s JOIN children c ON c.id = s.child_id JOIN local_authorities la ON la.id = c.local_authority_id
        WHERE s.advocate_id = $1 AND s.ended_on IS NULL GROUP BY c.local_authority_id, la.name ORDER BY la.name`,
      [advocateId],
    );
  }

  /** Applies an edit made from `version`; false when the advocate has changed since (the edit is not applied). */
  async updateProfile(sql: Sql, advocateId: string, version: number, change: AdvocateProfileChange): Promise<boolean> {
    const updated = await sqlAffected(
      sql,
      `UPDATE advocates SET advocacy_provider_id = $3, employing_local_authority_id = $4, languages = $5, caseload_cap = $6, unavailable_until = $7,
              version = version + 1
        WHERE id = $1 AND version = $2`,
      [advocateId, version, change.advocacyProviderId, change.employingLocalAuthorityId, change.languages, change.caseloadCap, change.unavailableUntil],
    );
    return updated === 1;
  }

  /** Every advocacy provider, by name, with the names of the LAs it covers. */
  async providers(sql: Sql): Promise<AdvocacyProviderType[]> {
    const rows = await sqlRows<ProviderRow>(
      sql,
      `SELECT p.id, p.name, array_remove(array_agg(la.name ORDER BY la.name), NULL) AS las,
              array_remove(array_agg(la.id::text ORDER BY la.name), NULL) AS la_ids,
              (SELECT count(*)::int FROM advocates a WHERE a.advocacy_provider_id = p.id) AS advocates
         FROM advocacy_providers p LEFT JOIN provider_coverage pc ON pc.advocacy_provider_id = p.id
         LEFT JOIN local_authorities la ON la.id = pc.local_authority_id
        GROUP BY p.id, p.name ORDER BY p.name`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      coveredLocalAuthorities: r.las ?? [],
      coveredLocalAuthorityIds: r.la_ids ?? [],
      advocateCount: r.advocates,
    }));
  }

  /**
   * Keeps a user's advocate record (if they have one) in step with their account: `active` (a deactivated account gets no new
   * children) and their provider. Locks the record; returns the caseload and provider it had, or null when there is none.
   */
  async followAccount(
    manager: EntityManager,
    userId: string,
    change: { active: boolean; advocacyProviderId: string | null },
  ): Promise<AdvocateRecordBefore | null> {
    const before = await sqlRow<AdvocateRecordBefore>(
      manager,
      `WITH before AS (SELECT id, active_caseload, advocacy_provider_id FROM advocates WHERE user_id = $1 FOR UPDATE)
       UPDATE advocates a SET active = $2, advocacy_provider_id = COALESCE($3::uuid, a.advocacy_provider_id) FROM before WHERE a.id = before.id
       RETURNING before.active_caseload AS "activeCaseload", before.advocacy_provider_id AS "advocacyProviderId"`,
      [userId, change.active, change.advocacyProviderId],
    );
    return before ?? null;
  }
}

/** A user's advocate record as it was before `followAccount` changed it. */
export interface AdvocateRecordBefore {
  activeCaseload: number;
  advocacyProviderId: string;
}
