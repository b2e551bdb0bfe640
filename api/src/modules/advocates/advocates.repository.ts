import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows } from '../../database/sql';
import type { AdvocacyProviderType } from './dto/create-advocate.input';
import { AdvocateEntity } from './advocate.entity';

interface ProviderRow {
  id: string;
  name: string;
  las: string[] | null;
}

/** The advocates table: advocates join, and their caseload cap changes, only here. */
@Injectable()
export class AdvocatesRepository {
  create(
    manager: EntityManager,
    advocate: Omit<AdvocateEntity, 'id' | 'user' | 'provider' | 'employingLocalAuthority' | 'activeCaseload' | 'createdAt'>,
  ): Promise<AdvocateEntity> {
    return manager.save(manager.create(AdvocateEntity, advocate));
  }

  async setCaseloadCap(manager: EntityManager, advocateId: string, caseloadCap: number): Promise<void> {
    await manager.update(AdvocateEntity, { id: advocateId }, { caseloadCap });
  }

  /** Every advocacy provider, by name, with the names of the LAs it covers. */
  async providers(sql: Sql): Promise<AdvocacyProviderType[]> {
    const rows = await sqlRows<ProviderRow>(
      sql,
      `SELECT p.id, p.name, array_remove(array_agg(la.name ORDER BY la.name), NULL) AS las
         FROM advocacy_providers p LEFT JOIN provider_coverage pc ON pc.advocacy_provider_id = p.id
         LEFT JOIN local_authorities la ON la.id = pc.local_authority_id
        GROUP BY p.id, p.name ORDER BY p.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, coveredLocalAuthorities: r.las ?? [] }));
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
